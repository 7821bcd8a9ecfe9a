package org.pathway.planning.cohort;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Moves that free budget: take one paid-for booking off, or every booking on its session (the session's running cost,
 * its trainer's week and its room freed too), and spend what that frees (with whatever was left) by value per pound on
 * the needs still unmet, often several cheap ones for one expensive one. From a plan that has spent its budget no
 * single change meets more need, nor from one whose trainers are all taken; these can.
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
        Map<CohortSession, List<Need>> attendees = new IdentityHashMap<>();
        paidFor.forEach(n -> attendees.computeIfAbsent(n.getSession(), s -> new ArrayList<>()).add(n));
        Bookings bookings = Bookings.of(plan);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !paidFor.isEmpty();
            }

            @Override
            public RebookingMove next() {
                Need need = paidFor.get(random.nextInt(paidFor.size()));
                return freeing(bookings, random.nextBoolean() ? List.of(need) : attendees.get(need.getSession()), unmet);
            }
        };
    }

    /** {@code freed} taken off their sessions, the money and time spent again; {@code bookings} as they were after. */
    private static RebookingMove freeing(Bookings bookings, List<Need> freed, List<Need> unmet) {
        Map<Need, CohortSession> sessions = new LinkedHashMap<>();
        freed.forEach(need -> {
            bookings.cancel(need, need.getSession());
            sessions.put(need, null);
        });
        Map<Need, CohortSession> refill = ValuePerPoundGreedy.fill(bookings, unmet);
        refill.forEach(bookings::cancel);
        sessions.putAll(refill);
        freed.forEach(need -> bookings.book(need, need.getSession()));
        return new RebookingMove(sessions);
    }
}
