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

    /** One requirement of the role and how the employee stands against it. */
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
            List<IndicatorLine> missingBehaviours) {

        RequirementLine summary() {
            return new RequirementLine(competency, essential, weight, required, attained, met, gap, levelsShort, rule,
                    attainmentRule, evidence.stream().map(EvidenceLine::summary).toList(),
                    missingBehaviours.stream().map(IndicatorLine::summary).toList());
        }
    }

    /** A piece of counting evidence a requirement rests on. */
    public record EvidenceLine(String id, String source, LocalDate observedOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) String about,
            @JsonInclude(JsonInclude.Include.NON_NULL) String example, String rule) {

        EvidenceLine summary() {
            return new EvidenceLine(id, source, observedOn, null, null, rule);
        }
    }

    /** An indicator to demonstrate, with its level (and key theme) and text. */
    public record IndicatorLine(String id, String level, String keyTheme,
            @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

        IndicatorLine summary() {
            return new IndicatorLine(id, level, keyTheme, null);
        }
    }

    public record RedFlagLine(Named competency, String indicatorId, String behaviour, String evidenceId,
            LocalDate observedOn, String rule) {
    }

    /** Evidence shown but not counted, and why. */
    public record SetAside(String evidenceId, Named competency, String reason, String rule) {
    }
}
