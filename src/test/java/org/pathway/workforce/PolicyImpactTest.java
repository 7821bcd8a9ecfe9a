package org.pathway.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathway.TestCatalogues;
import org.pathway.analysis.Verdict;
import org.pathway.workforce.EmployeeFindings.RoleFinding;

class PolicyImpactTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private final PolicyImpact impact = new PolicyImpact(TestCatalogues.FRAMEWORKS, TestCatalogues.ROLES,
            Runnable::run);

    @Test
    void countsEachChangedVerdictByTransitionServiceAndRoleWithTheRuleBehindBothVerdicts() {
        EmployeeFindings p1 = HandWorkedWorkforce.P1;
        EmployeeFindings p1Proposed = new EmployeeFindings(p1.employeeId(), p1.name(), p1.frameworkId(),
                p1.currentRoleId(), p1.unit(), p1.contractedHours(), List.of(
                        new RoleFinding("officer", Verdict.READY_NOW, 100, "ready now", List.of()),
                        p1.roles().get(1),
                        new RoleFinding("supervisor", Verdict.NOT_YET, 40, "not yet", List.of())),
                p1.redFlags(), "proposal");

        PolicyImpact.Report report = impact.compare(HandWorkedWorkforce.ALL,
                List.of(p1Proposed, HandWorkedWorkforce.P2, HandWorkedWorkforce.P3), "in force", "proposal", AS_OF);

        assertThat(report.employees()).isEqualTo(3);
        assertThat(report.verdicts()).isEqualTo(8);
        assertThat(report.transitions()).isEqualTo(Map.of("READY_IN_1_2_YEARS -> NOT_YET", 1,
                "READY_IN_1_2_YEARS -> READY_NOW", 1));
        assertThat(report.byUnit()).isEqualTo(Map.of("Place/Housing", Map.of("READY_IN_1_2_YEARS -> NOT_YET", 1,
                "READY_IN_1_2_YEARS -> READY_NOW", 1)));
        assertThat(report.byRole()).containsOnlyKeys("Officer (ashfield-mansfield)",
                "Supervisor (ashfield-mansfield)");
        PolicyImpact.Change officer = report.changes().get(1);
        assertThat(officer.roleId()).isEqualTo("officer");
        assertThat(officer.ruleBefore()).isEqualTo(HandWorkedWorkforce.RULE);
        assertThat(officer.ruleAfter()).isEqualTo("ready now");
        assertThat(officer.scoreBefore()).isEqualTo(80);
        assertThat(officer.scoreAfter()).isEqualTo(100);
    }

    @Test
    void someoneErasedWhileTheProposalWasJudgedIsLeftOut() {
        PolicyImpact.Report report = impact.compare(List.of(HandWorkedWorkforce.P2), HandWorkedWorkforce.ALL,
                "in force", "proposal", AS_OF);

        assertThat(report.employees()).isEqualTo(1);
        assertThat(report.verdicts()).isEqualTo(3);
        assertThat(report.changes()).isEmpty();
    }
}
