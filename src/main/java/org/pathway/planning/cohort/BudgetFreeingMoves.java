package org.pathway.planning.cohort;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Moves that free budget: take one paid-for booking off and spend what it frees (with whatever was left) by value per
 * pound on the needs still unmet, often several cheap ones for one expensive one. From a plan that has spent its
 * budget no single change meets more need; this one can.
 */
public class BudgetFreeingMoves implements MoveIteratorFactory<CohortPlan, RebookingMove> {

    @Override
    public long getSize(ScoreDirector<CohortPlan> scoreDirector) {
        return scoreDirector.getWorkingSolution().getNeeds().size();
    }

    @Override
    public Iterator<RebookingMove> createOriginalMoveIterator(ScoreDirector<CohortPlan> scoreDirector) {
        throw new UnsupportedOperationException("Budget-freeing moves are selected at random only");
    }

    /** Called once a step: the plan's bookings are worked out once and put back after each move is. */
    @Override
    public Iterator<RebookingMove> createRandomMoveIterator(ScoreDirector<CohortPlan> scoreDirector, Random random) {
        CohortPlan plan = scoreDirector.getWorkingSolution();
        List<Need> paidFor = plan.getNeeds().stream()
                .filter(n -> n.isBooked() && n.getSession().costPerAttendee() + n.getSession().sessionCost() > 0)
                .toList();
        List<Need> unmet = plan.getNeeds().stream().filter(n -> !n.isBooked()).toList();
        Bookings bookings = Bookings.of(plan);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !paidFor.isEmpty();
            }

            @Override
            public RebookingMove next() {
                return freeing(bookings, paidFor.get(random.nextInt(paidFor.size())), unmet);
            }
        };
    }

    private static RebookingMove freeing(Bookings bookings, Need freed, List<Need> unmet) {
        CohortSession was = freed.getSession();
        bookings.cancel(freed, was);
        Map<Need, CohortSession> sessions = new LinkedHashMap<>();
        sessions.put(freed, null);
        sessions.putAll(ValuePerPoundGreedy.fill(bookings, unmet));
        sessions.forEach((need, session) -> {
            if (session != null) {
                bookings.cancel(need, session);
            }
        });
        bookings.book(freed, was);
        return new RebookingMove(sessions);
    }
}
