package org.pathway.analysis;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pathway.people.EvidenceSource;

/**
 * The policy values the rules read: recency windows, source weights and thresholds. They are set in
 * {@code rules/policy/policy.drl}, not here, so HR can change them without a rebuild.
 */
public class Policy {

    private int recencyMonths;
    private int redFlagMonths;
    private final Map<EvidenceSource, Double> sourceWeights = new EnumMap<>(EvidenceSource.class);
    private final Set<EvidenceSource> countingWhenClaimed = EnumSet.noneOf(EvidenceSource.class);
    private double demonstrationWeight;
    private boolean repeatsCorroborate;
    private final Set<String> tierLadders = new TreeSet<>();
    private double levelShare;
    private double behaviouralShare;
    private int readyNowScore;
    private int readySoonScore;
    private double readySoonMaxGap;
    private double insufficientEvidenceShare;
    private long poundsPerWeekOfReadiness;
    private boolean planPaysSessionShare;

    public int getRecencyMonths() {
        return recencyMonths;
    }

    public void setRecencyMonths(int recencyMonths) {
        this.recencyMonths = recencyMonths;
    }

    public int getRedFlagMonths() {
        return redFlagMonths;
    }

    public void setRedFlagMonths(int redFlagMonths) {
        this.redFlagMonths = redFlagMonths;
    }

    /** The weight of evidence from this source; a source with no weight set counts for nothing. */
    public double weightOf(EvidenceSource source) {
        return sourceWeights.getOrDefault(source, 0.0);
    }

    public void setSourceWeight(EvidenceSource source, double weight) {
        sourceWeights.put(source, weight);
    }

    /** Whether evidence from this source counts before anyone has validated it (assessors' own observations). */
    public boolean countsWhenClaimed(EvidenceSource source) {
        return countingWhenClaimed.contains(source);
    }

    public Set<EvidenceSource> getSourcesCountingWhenClaimed() {
        return Set.copyOf(countingWhenClaimed);
    }

    public void setCountsWhenClaimed(EvidenceSource source, boolean counts) {
        if (counts) {
            countingWhenClaimed.add(source);
        } else {
            countingWhenClaimed.remove(source);
        }
    }

    public double getDemonstrationWeight() {
        return demonstrationWeight;
    }

    public void setDemonstrationWeight(double demonstrationWeight) {
        this.demonstrationWeight = demonstrationWeight;
    }

    /**
     * Whether a later observation by the same source and observer, on another day, adds weight to the first; the same
     * observation recorded twice (the same day) never does.
     */
    public boolean isRepeatsCorroborate() {
        return repeatsCorroborate;
    }

    public void setRepeatsCorroborate(boolean repeatsCorroborate) {
        this.repeatsCorroborate = repeatsCorroborate;
    }

    /**
     * Whether the role tiers of this framework form a ladder, where meeting a senior tier meets a junior tier's
     * requirement; otherwise (the default) each tier describes one role and only the required tier's statements meet it.
     */
    public boolean tiersFormALadder(String frameworkId) {
        return tierLadders.contains(frameworkId);
    }

    public Set<String> getTierLadders() {
        return Set.copyOf(tierLadders);
    }

    public void setTiersFormALadder(String frameworkId, boolean ladder) {
        if (ladder) {
            tierLadders.add(frameworkId);
        } else {
            tierLadders.remove(frameworkId);
        }
    }

    public double getLevelShare() {
        return levelShare;
    }

    public void setLevelShare(double levelShare) {
        this.levelShare = levelShare;
    }

    public double getBehaviouralShare() {
        return behaviouralShare;
    }

    public void setBehaviouralShare(double behaviouralShare) {
        this.behaviouralShare = behaviouralShare;
    }

    public int getReadyNowScore() {
        return readyNowScore;
    }

    public void setReadyNowScore(int readyNowScore) {
        this.readyNowScore = readyNowScore;
    }

    public int getReadySoonScore() {
        return readySoonScore;
    }

    public void setReadySoonScore(int readySoonScore) {
        this.readySoonScore = readySoonScore;
    }

    public double getReadySoonMaxGap() {
        return readySoonMaxGap;
    }

    public void setReadySoonMaxGap(double readySoonMaxGap) {
        this.readySoonMaxGap = readySoonMaxGap;
    }

    public double getInsufficientEvidenceShare() {
        return insufficientEvidenceShare;
    }

    public void setInsufficientEvidenceShare(double insufficientEvidenceShare) {
        this.insufficientEvidenceShare = insufficientEvidenceShare;
    }

    /** What a development plan counts one week of earlier readiness as worth, in pounds (set in planning-policy.drl). */
    public long getPoundsPerWeekOfReadiness() {
        return poundsPerWeekOfReadiness;
    }

    public void setPoundsPerWeekOfReadiness(long poundsPerWeekOfReadiness) {
        this.poundsPerWeekOfReadiness = poundsPerWeekOfReadiness;
    }

    /** Whether an individual plan pays its place's share of a session's running cost besides the attendee cost. */
    public boolean isPlanPaysSessionShare() {
        return planPaysSessionShare;
    }

    public void setPlanPaysSessionShare(boolean planPaysSessionShare) {
        this.planPaysSessionShare = planPaysSessionShare;
    }
}
