package org.pathway.planning.cohort;

import java.util.Comparator;
import java.util.List;

/**
 * The plan an L&D team would make without a solver: needs most valuable first; book each on a session already
 * running if it has room, else the cheapest session to open; skip it if nothing fits the limits. It is the baseline
 * the solver is measured against (the solver starts from {@link ValuePerPoundGreedy}).
 */
public final class CohortGreedy {

    private CohortGreedy() {
    }

    public static CohortPlan plan(CohortPlan plan) {
        plan.getNeeds().forEach(n -> n.setSession(null));
        Bookings bookings = new Bookings(plan.getBudget());
        List<Need> needs = plan.getNeeds().stream().sorted(Comparator.comparingLong(Need::getValue).reversed()).toList();
        for (Need need : needs) {
            need.getOptions().stream()
                    .sorted(Comparator.comparingLong(bookings::marginalCost)
                            .thenComparingInt(s -> s.slot().endWeek()))
                    .filter(session -> bookings.fits(need, session))
                    .findFirst()
                    .ifPresent(session -> {
                        bookings.book(need, session);
                        need.setSession(session);
                    });
        }
        return plan;
    }
}
