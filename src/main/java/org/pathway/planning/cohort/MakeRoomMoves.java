package org.pathway.planning.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Moves that make room for a need nobody is booked for yet: its session is full, or its person is busy that week, so
 * one booking in the way (an attendee of the full session, or one of the person's own) moves to another of its
 * sessions that has room and time, or gives way if none has, and the need takes the place. A single change cannot do
 * this without breaking a limit on the way; this keeps every limit.
 */
public class MakeRoomMoves implements MoveIteratorFactory<CohortPlan, RebookingMove> {

    @Override
    public long getSize(ScoreDirector<CohortPlan> scoreDirector) {
        return scoreDirector.getWorkingSolution().getNeeds().size();
    }

    @Override
    public Iterator<RebookingMove> createOriginalMoveIterator(ScoreDirector<CohortPlan> scoreDirector) {
        throw new UnsupportedOperationException("Room-making moves are selected at random only");
    }

    /** Called once a step: the plan's bookings are worked out once and put back after each move is. */
    @Override
    public Iterator<RebookingMove> createRandomMoveIterator(ScoreDirector<CohortPlan> scoreDirector, Random random) {
        CohortPlan plan = scoreDirector.getWorkingSolution();
        List<Need> unmet = plan.getNeeds().stream().filter(n -> !n.isBooked() && !n.getOptions().isEmpty()).toList();
        Map<CohortSession, List<Need>> attendees = new IdentityHashMap<>();
        Map<String, List<Need>> byEmployee = new HashMap<>();
        for (Need need : plan.getNeeds()) {
            if (need.isBooked()) {
                attendees.computeIfAbsent(need.getSession(), s -> new ArrayList<>()).add(need);
                byEmployee.computeIfAbsent(need.getEmployeeId(), e -> new ArrayList<>()).add(need);
            }
        }
        Bookings bookings = Bookings.of(plan);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !unmet.isEmpty();
            }

            @Override
            public RebookingMove next() {
                Need need = unmet.get(random.nextInt(unmet.size()));
                CohortSession session = need.getOptions().get(random.nextInt(need.getOptions().size()));
                List<Need> inTheWay = bookings.placesLeft(session) <= 0 ? attendees.getOrDefault(session, List.of())
                        : byEmployee.getOrDefault(need.getEmployeeId(), List.of()).stream()
                                .filter(own -> own.getSession().slot().overlaps(session.slot())).toList();
                Map<Need, CohortSession> moves = new LinkedHashMap<>();
                if (inTheWay.isEmpty()) {
                    moves.put(need, session);
                    return new RebookingMove(moves);
                }
                return makingRoom(bookings, need, session, inTheWay.get(random.nextInt(inTheWay.size())), random);
            }
        };
    }

    /** {@code moved} off its session, {@code need} on {@code session}, then {@code moved} wherever it still fits. */
    private static RebookingMove makingRoom(Bookings bookings, Need need, CohortSession session, Need moved,
            Random random) {
        CohortSession was = moved.getSession();
        Map<Need, CohortSession> moves = new LinkedHashMap<>();
        bookings.cancel(moved, was);
        if (bookings.fits(need, session)) {
            bookings.book(need, session);
            List<CohortSession> elsewhere = moved.getOptions().stream()
                    .filter(other -> other != was && bookings.fits(moved, other)).toList();
            moves.put(moved, elsewhere.isEmpty() ? null : elsewhere.get(random.nextInt(elsewhere.size())));
            moves.put(need, session);
            bookings.cancel(need, session);
        } else {
            // no room even so: a move that changes nothing, which the search skips
            moves.put(need, null);
        }
        bookings.book(moved, was);
        return new RebookingMove(moves);
    }
}
