package org.pathway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.analysis.EvidenceOn.employee;
import static org.pathway.analysis.EvidenceOn.indicator;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.TestCatalogues;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.rules.RuleHarness;

/**
 * Whether a senior column's or level's statements meet a junior requirement, framework by framework, from the seeds'
 * own words (issue 12, question 13): Appendix 2's columns each describe one role, so no; Ashfield/Mansfield's levels
 * are graded levels of one competency, so yes; Slough's levels are cumulative, so a higher level needs every level
 * below it.
 */
class SeniorStatementsTest {

    private static final ReadinessEngine ENGINE = new ReadinessEngine(RuleHarness::rules, TestCatalogues.FRAMEWORKS,
            TestCatalogues.ROLES);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    private static RequirementResult result(Employee employee, String roleId, String competencyId) {
        return ENGINE.analyse(employee, roleId, AS_OF).resultsFor(roleId).stream()
                .filter(r -> r.competencyId().equals(competencyId)).findFirst().orElseThrow();
    }

    private static org.pathway.people.Evidence managerSaw(String indicatorId) {
        return indicator("ev-" + indicatorId, indicatorId, EvidenceSource.MANAGER, EvidenceStatus.VALIDATED,
                AS_OF.minusDays(30));
    }

    @Test
    void oneChiefExecutiveStatementDoesNotMeetAServiceDirectorRequirement() {
        Employee employee = employee("chief-officers-appendix-2", "head-of-service",
                managerSaw("political-awareness.chief-executive.01"));

        RequirementResult result = result(employee, "service-director", "political-awareness");

        assertThat(result.met()).isFalse();
        assertThat(result.gap()).isEqualTo(1.0);
    }

    @Test
    void aServiceDirectorGapCountsTheHeadOfServiceColumnMetBelowIt() {
        Employee employee = employee("chief-officers-appendix-2", "head-of-service",
                managerSaw("political-awareness.chief-executive.01"),
                managerSaw("political-awareness.head-of-service.01"),
                managerSaw("political-awareness.head-of-service.02"));

        RequirementResult result = result(employee, "service-director", "political-awareness");

        assertThat(result.attainedRank()).isEqualTo(1);
        assertThat(result.gap()).isEqualTo(0.5);
    }

    @Test
    void onAshfieldWhoseLevelsFormALadderALevelOneShowingMeetsALevelTwoRequirement() {
        Employee employee = employee("ashfield-mansfield", "supervisor",
                managerSaw("seeing-the-big-picture.level-1.01"), managerSaw("seeing-the-big-picture.level-1.02"),
                managerSaw("seeing-the-big-picture.level-1.03"), managerSaw("seeing-the-big-picture.level-1.04"));

        assertThat(result(employee, "service-manager", "seeing-the-big-picture").met()).isTrue();
    }

    @Test
    void onSloughLevelThreeStatementsAloneDoNotMeetLevelThree() {
        Employee employee = employee("slough-leadership", "middle-manager",
                managerSaw("self-belief.level-3.01"), managerSaw("self-belief.level-3.02"),
                managerSaw("self-belief.level-3.03"));

        RequirementResult result = result(employee, "associate-director", "self-belief");

        assertThat(result.met()).isFalse();
        assertThat(result.attainedRank()).isZero();
    }
}
