package org.pathway.workforce;

import org.pathway.TestCatalogues;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathway.analysis.Verdict;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.workforce.SuccessionReport.Candidate;
import org.pathway.workforce.SuccessionReport.RolePipeline;

class SuccessionPipelineTest {

    private static final FrameworkCatalogue FRAMEWORKS = TestCatalogues.FRAMEWORKS;
    private static final SuccessionPipeline PIPELINE = new SuccessionPipeline(FRAMEWORKS,
            TestCatalogues.ROLES);

    @Test
    void candidatesAreRankedByVerdictThenScoreWithTheirBlockingGaps() {
        SuccessionReport report = PIPELINE.analyse(HandWorkedWorkforce.ALL, UnitScope.WHOLE_COUNCIL, "team-leader");
        RolePipeline teamLeader = report.roles().get(0);

        assertThat(teamLeader.holders()).isEqualTo(1);
        assertThat(teamLeader.ranked()).extracting(Candidate::employeeId, Candidate::verdict, Candidate::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p2", Verdict.READY_NOW, 95),
                        org.assertj.core.groups.Tuple.tuple("p1", Verdict.NOT_YET, 60));
        assertThat(teamLeader.ranked().get(1).blockingGaps())
                .containsExactly("Seeing the big picture (Level 3 - Officers/Team Leaders/Supervisors)");
        assertThat(teamLeader.ranked().get(1).redFlags()).isEqualTo(1);
        assertThat(teamLeader.readyNow()).isEqualTo(1);
        assertThat(teamLeader.risk()).isEqualTo(SuccessionReport.Risk.COVERED);
        assertThat(report.decidedUnder()).isEqualTo(HandWorkedWorkforce.VERSION);
    }

    @Test
    void aRoleWithNoOneReadyWithinTwoYearsIsAtRisk() {
        SuccessionReport report = PIPELINE.analyse(HandWorkedWorkforce.ALL, UnitScope.WHOLE_COUNCIL, null);

        RolePipeline serviceManager = report.roles().stream().filter(p -> p.roleId().equals("service-manager"))
                .findFirst().orElseThrow();
        assertThat(serviceManager.candidates()).isEqualTo(1);
        assertThat(serviceManager.risk()).isEqualTo(SuccessionReport.Risk.NO_SUCCESSOR_WITHIN_2_YEARS);
        RolePipeline supervisor = report.roles().stream().filter(p -> p.roleId().equals("supervisor"))
                .findFirst().orElseThrow();
        assertThat(supervisor.readyNow()).isEqualTo(1);
        assertThat(supervisor.readyInOneToTwoYears()).isEqualTo(1);
        assertThat(report.roles()).extracting(RolePipeline::roleId).doesNotContain("officer");
    }

    @Test
    void theTopCandidatesKeepTheCountsOfEveryone() {
        RolePipeline teamLeader = PIPELINE.analyse(HandWorkedWorkforce.ALL, UnitScope.WHOLE_COUNCIL, "team-leader")
                .top(1).roles().get(0);

        assertThat(teamLeader.ranked()).extracting(Candidate::employeeId).containsExactly("p2");
        assertThat(teamLeader.candidates()).isEqualTo(2);
        assertThat(teamLeader.readyNow()).isEqualTo(1);
    }
}
