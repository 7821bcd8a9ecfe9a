package org.pathway.planning.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BookingChainsTest {

    @Test
    void anAttendeeWithAnotherSessionMovesThereToMakeRoomForANeedWithOnlyOne() {
        // one place on each of two workshops: Ann (worth 300) could go on either and holds the first; Bob (200) can only
        // go on the first, Cy (100) only on the second
        HandMadeCohort cohort = new HandMadeCohort();
        CohortSession first = cohort.session("first", 0, 1, 0, 0);
        CohortSession second = cohort.session("second", 1, 1, 0, 0);
        Need ann = cohort.need("ann", 300, first, second);
        Need bob = cohort.need("bob", 200, first);
        cohort.need("cy", 100, second);
        CohortPlan plan = cohort.plan(1000);
        ann.setSession(first);

        Map<Need, CohortSession> changes = BookingChains.improve(plan);

        assertThat(changes).containsOnly(entry(ann, second), entry(bob, first));
        changes.forEach(Need::setSession);
        assertThat(HandMadeCohort.metValue(plan)).isEqualTo(500);
        assertThat(CohortChecker.breaches(plan)).isEmpty();
    }

    @Test
    void withNoFreePlaceAtTheEndOfAChainTheLeastValuableAttendeeGivesWay() {
        HandMadeCohort cohort = new HandMadeCohort();
        CohortSession first = cohort.session("first", 0, 1, 0, 0);
        CohortSession second = cohort.session("second", 1, 1, 0, 0);
        Need ann = cohort.need("ann", 300, first, second);
        Need cy = cohort.need("cy", 100, second);
        Need bob = cohort.need("bob", 200, first);
        CohortPlan plan = cohort.plan(1000);
        ann.setSession(first);
        cy.setSession(second);

        Map<Need, CohortSession> changes = BookingChains.improve(plan);

        assertThat(changes).containsOnly(entry(ann, second), entry(bob, first), entry(cy, null));
    }

    @Test
    void aChainThatWouldBreakAPersonsTimeIsNotMade() {
        assertThat(BookingChains.improve(annAlsoOnAThirdWorkshop(false))).isEmpty();
    }

    @Test
    void aPersonsOtherBookingMovesAsideToAnotherWeekToMakeThemTime() {
        CohortPlan plan = annAlsoOnAThirdWorkshop(true);
        Need ann = plan.getNeeds().get(0);
        Need annsOther = plan.getNeeds().get(1);
        Need bob = plan.getNeeds().get(2);

        Map<Need, CohortSession> changes = BookingChains.improve(plan);

        assertThat(changes).containsOnly(entry(annsOther, annsOther.getOptions().get(1)),
                entry(ann, ann.getOptions().get(1)), entry(bob, ann.getOptions().get(0)));
        changes.forEach(Need::setSession);
        assertThat(HandMadeCohort.metValue(plan)).isEqualTo(550);
        assertThat(CohortChecker.breaches(plan)).isEmpty();
    }

    /**
     * As in the first case, but Ann is also booked on a third workshop in the second one's week (two workshops in one
     * week clash), and which she could also take in a later week if there is a {@code fourth}.
     */
    private static CohortPlan annAlsoOnAThirdWorkshop(boolean fourth) {
        HandMadeCohort cohort = new HandMadeCohort();
        CohortSession first = cohort.session("first", 0, 1, 0, 0);
        CohortSession second = cohort.session("second", 1, 1, 0, 0);
        CohortSession third = cohort.session("third", 1, 1, 0, 0);
        Need ann = cohort.need("ann", 300, first, second);
        Need annsOther = fourth ? cohort.need("ann", 50, third, cohort.session("fourth", 2, 1, 0, 0))
                : cohort.need("ann", 50, third);
        cohort.need("bob", 200, first);
        CohortPlan plan = cohort.plan(1000);
        ann.setSession(first);
        annsOther.setSession(third);
        return plan;
    }
}
