package org.pathway.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An employee's readiness for one role, explained: the verdict and score with the rules that decided them, each
 * requirement with the evidence it rests on and the behaviours still missing, red flags, and evidence set aside.
 * The {@link #summary()} leaves out the texts (evidence examples, behaviour wordings) and the count of rules fired,
 * which are most of a full report's size; the ids, dates, levels and rules stay.
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
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Integer> rulesFired,
        String decidedUnder) {

    /** This report without the texts and the rules-fired count: what a list or a dashboard needs. */
    public ReadinessReport summary() {
        return new ReadinessReport(employee, framework, currentRole, asOf, role, roleBasis, verdict, score, verdictRule,
                scoreRule, requirements.stream().map(RequirementLine::summary).toList(), redFlags, evidenceSetAside,
                null, decidedUnder);
    }

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

        RequirementLine summary() {
            return new RequirementLine(competency, essential, weight, required, attained, met, gap, levelsShort, rule,
                    attainmentRule, evidence.stream().map(EvidenceLine::summary).toList(),
                    missingBehaviours.stream().map(IndicatorLine::summary).toList(), progress);
        }
    }

    /** A piece of counting evidence a requirement rests on; {@code sourceWords} its source and status in words. */
    public record EvidenceLine(String id, String source, LocalDate observedOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) String about,
            @JsonInclude(JsonInclude.Include.NON_NULL) String example, String rule, String sourceWords) {

        EvidenceLine summary() {
            return new EvidenceLine(id, source, observedOn, null, null, rule, sourceWords);
        }
    }

    /**
     * An indicator to demonstrate, with its level (and key theme) and text; {@code needs} what its evidence carries and
     * what would complete it, in words (null where ratings count instead, and in a summary).
     */
    public record IndicatorLine(String id, String level, String keyTheme,
            @JsonInclude(JsonInclude.Include.NON_NULL) String text,
            @JsonInclude(JsonInclude.Include.NON_NULL) String needs) {

        IndicatorLine summary() {
            return new IndicatorLine(id, level, keyTheme, null, null);
        }
    }

    public record RedFlagLine(Named competency, String indicatorId, String behaviour, String evidenceId,
            LocalDate observedOn, String rule) {
    }

    /** Evidence shown but not counted, and why. */
    public record SetAside(String evidenceId, Named competency, String reason, String rule) {
    }
}
