package org.pathway.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An employee's readiness for one role, explained: the verdict and score with the rules that decided them, each
 * requirement with the evidence it rests on and the behaviours still missing, red flags, and evidence set aside.
 */
public record ReadinessReport(
        Person employee,
        Named framework,
        Named currentRole,
        LocalDate asOf,
        Named role,
        String roleBasis,
        Verdict verdict,
        int score,
        String verdictRule,
        String scoreRule,
        List<RequirementLine> requirements,
        List<RedFlagLine> redFlags,
        List<SetAside> evidenceSetAside,
        Map<String, Integer> rulesFired) {

    /** Something with an id and a name or title. */
    public record Named(String id, String name) {
    }

    public record Person(String id, String name) {
    }

    /**
     * One requirement of the role and how the employee stands against it; {@code progress} says in words, for a gap,
     * how many behaviours its level needs and how many are shown (null when met, or where ratings count instead).
     */
    public record RequirementLine(
            Named competency,
            boolean essential,
            double weight,
            String required,
            String attained,
            boolean met,
            double gap,
            int levelsShort,
            String rule,
            String attainmentRule,
            List<EvidenceLine> evidence,
            List<IndicatorLine> missingBehaviours,
            String progress) {
    }

    /** A piece of counting evidence a requirement rests on; {@code sourceWords} its source and status in words. */
    public record EvidenceLine(String id, String source, LocalDate observedOn, String about, String example,
            String rule, String sourceWords) {
    }

    /**
     * An indicator to demonstrate, with its level (and key theme) and text; {@code needs} what its evidence carries and
     * what would complete it, in words (null where ratings count instead).
     */
    public record IndicatorLine(String id, String level, String keyTheme, String text, String needs) {
    }

    public record RedFlagLine(Named competency, String indicatorId, String behaviour, String evidenceId,
            LocalDate observedOn, String rule) {
    }

    /** Evidence shown but not counted, and why. */
    public record SetAside(String evidenceId, Named competency, String reason, String rule) {
    }
}
