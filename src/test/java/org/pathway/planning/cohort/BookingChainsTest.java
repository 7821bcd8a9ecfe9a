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
        // as above, but Ann is also booked on a third workshop in the second one's week
        HandMadeCohort cohort = new HandMadeCohort();
        CohortSession first = cohort.session("first", 0, 1, 0, 0);
        CohortSession second = cohort.session("second", 1, 1, 0, 0);
        Need ann = cohort.need("ann", 300, first, second);
        Need annsOther = cohort.need("ann", 50, cohort.session("third", 1, 1, 0, 0));
        cohort.need("bob", 200, first);
        CohortPlan plan = cohort.plan(1000);
        ann.setSession(first);
        annsOther.setSession(annsOther.getOptions().get(0));

        assertThat(BookingChains.improve(plan)).isEmpty();
    }
}
