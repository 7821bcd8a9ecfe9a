package org.pathway.planning.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LagrangianBoundTest {

    /** One person with two needs, each closed by a free 4-hour workshop of its own, both in week 0. */
    private static CohortPlan oneWeekTwoWorkshops(double hoursPerWeekCap) {
        HandMadeCohort cohort = new HandMadeCohort();
        CohortSession first = cohort.session("first", 0, 10, 0, 0);
        CohortSession second = cohort.session("second", 0, 10, 0, 0);
        CohortPlan plan = cohort.plan(1000);
        plan.getNeeds().add(new Need("e/first", "e", "unit", "first", 2, 100, hoursPerWeekCap, List.of(first)));
        plan.getNeeds().add(new Need("e/second", "e", "unit", "second", 2, 60, hoursPerWeekCap, List.of(second)));
        return plan;
    }

    @Test
    void aPersonAttendsOneWorkshopAWeekWhereTheLpCountsBoth() {
        CohortPlan plan = oneWeekTwoWorkshops(7.4);

        assertThat(LpBound.valueMet(plan)).isCloseTo(160, within(1e-6));
        assertThat(LagrangianBound.valueMet(plan, 50, 100)).isCloseTo(100, within(1.0));
    }

    @Test
    void itStaysAboveTheBestPlanWherePeopleDoNotBind() {
        // £1,000: a mentoring place worth 600 for £500 or a £1,000 workshop for five worth 220 each; the best plan meets
        // 1,100, the LP 1,150; no person has two needs, so hours and clashes change nothing
        HandMadeCohort cohort = new HandMadeCohort();
        cohort.needs(1, 600, cohort.session("mentoring", 0, 1, 0, 500));
        cohort.needs(5, 220, cohort.session("workshop", 2, 10, 1000, 0));

        double bound = LagrangianBound.valueMet(cohort.plan(1000), 50, 1100);

        assertThat(bound).isGreaterThanOrEqualTo(1100 - 1e-6).isLessThanOrEqualTo(1150 + 1e-6);
    }
}
