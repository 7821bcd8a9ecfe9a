package org.pathway.workforce;

import org.pathway.TestCatalogues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.pathway.workforce.HandWorkedWorkforce.PACE;
import static org.pathway.workforce.HandWorkedWorkforce.SEEING;

import org.junit.jupiter.api.Test;
import org.pathway.framework.FrameworkCatalogue;

class TrainingNeedsAnalysisTest {

    private static final FrameworkCatalogue FRAMEWORKS = TestCatalogues.FRAMEWORKS;
    private static final TrainingNeedsAnalysis TNA = new TrainingNeedsAnalysis(FRAMEWORKS,
            TestCatalogues.ROLES);

    @Test
    void needsAreCountedForTheCurrentAndNextRolesAndRankedByWeight() {
        TrainingNeedsReport report = TNA.analyse(HandWorkedWorkforce.ALL, UnitScope.WHOLE_COUNCIL, UnitLevel.SERVICE);

        // big picture at Level 3: P1 (essential) and P3 (desirable) now, P1 for team leader: 2 + 1 + 2 = 5
        // at pace at Level 3, next role only: P1 once (essential for supervisor), P2 (desirable): 2 + 1 = 3
        // big picture at Level 2: P3 for service manager: 2
        assertThat(report.employees()).isEqualTo(3);
        assertThat(report.ranked()).extracting(TrainingNeed::competencyId, TrainingNeed::requiredRank,
                TrainingNeed::shortForCurrentRole, TrainingNeed::essentialForCurrentRole, TrainingNeed::shortForNextRole,
                TrainingNeed::essentialForNextRole, TrainingNeed::need)
                .containsExactly(tuple(SEEING, 1, 2, 1, 1, 1, 5.0), tuple(PACE, 1, 0, 0, 2, 1, 3.0),
                        tuple(SEEING, 2, 0, 0, 1, 1, 2.0));
        assertThat(report.ranked().get(0).level()).isEqualTo("Level 3 - Officers/Team Leaders/Supervisors");
        assertThat(report.decidedUnder()).as("the version its findings were decided under")
                .isEqualTo(HandWorkedWorkforce.VERSION);
    }

    @Test
    void aUnitScopeCountsOnlyItsPeopleAndTheBreakdownIsByService() {
        TrainingNeedsReport report = TNA.analyse(HandWorkedWorkforce.ALL, UnitScope.parse("place"), UnitLevel.SERVICE);

        assertThat(report.employees()).isEqualTo(2);
        assertThat(report.ranked()).extracting(TrainingNeed::competencyId, TrainingNeed::need)
                .containsExactly(tuple(SEEING, 4.0), tuple(PACE, 3.0));
        assertThat(report.byUnit()).extracting(TrainingNeed::unit, TrainingNeed::competencyId, TrainingNeed::need)
                .containsExactly(tuple("Place/Housing", SEEING, 4.0), tuple("Place/Housing", PACE, 2.0),
                        tuple("Place/Planning", PACE, 1.0));
    }
}
