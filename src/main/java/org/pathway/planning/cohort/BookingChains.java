package org.pathway.planning.cohort;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Books needs left unmet by moving attendees along a chain of sessions: the need takes a place on a full session, one
 * of its attendees moves to another of their sessions, one of that one's to another, until a session with a free
 * place (or, if none is reached, the least valuable attendee of the sessions reached gives way to a more valuable
 * need). A greedy fills sessions in the order it opens them, so a need with several sessions often takes the place of
 * one with a single session; a chain undoes that. Since a need's value is the same on any of its sessions, booking the
 * unmet needs most valuable first, each by a chain if there is one, finds the most valuable set of needs the running
 * sessions can seat, people's time aside (the sets of needs some sessions can seat are a matroid). People's hours and
 * clashes, the budget and the trainers are kept on every step; where a person's own booking in the same weeks is
 * what keeps them off a session, a later round moves that booking to another of its sessions first. A custom phase
 * after {@link ValuePerPoundGreedy}; on the benchmark's councils (10,000 and 21,000 needs) it takes under a fifth of a
 * second.
 */
public final class BookingChains implements CustomPhaseCommand<CohortPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<CohortPlan> scoreDirector) {
        improve(scoreDirector.getWorkingSolution()).forEach((need, session) -> {
            scoreDirector.beforeVariableChanged(need, "session");
            need.setSession(session);
            scoreDirector.afterVariableChanged(need, "session");
        });
        scoreDirector.triggerVariableListeners();
    }

    /** The needs whose session the chains change, and the session each is on after (null: unmet). */
    static Map<Need, CohortSession> improve(CohortPlan plan) {
        Chains chains = new Chains(plan);
        // a chain can free money or time a need tried before lacked: again until a round books none; then again with
        // people's other bookings moved aside, which only adds to what the plain chains booked
        for (boolean movingAside : new boolean[] {false, true}) {
            chains.movingAside = movingAside;
            boolean booked = true;
            while (booked) {
                booked = chains.bookUnmet();
            }
        }
        Map<Need, CohortSession> changes = new LinkedHashMap<>();
        plan.getNeeds().stream().filter(need -> chains.booked.get(need) != need.getSession())
                .forEach(need -> changes.put(need, chains.booked.get(need)));
        return changes;
    }

    /** One need moved from a session (null: was unmet) to another (null: left unmet). */
    private record Move(Need need, CohortSession from, CohortSession to) {
    }

    /**
     * How a chain reached a session: {@code mover} left {@code from} (null for the unmet need) to take a place on it,
     * after {@code aside} (if not null) moved another of the mover's person's bookings out of its weeks.
     */
    private record Step(CohortSession from, Need mover, Move aside) {
    }

    /** The plan's bookings while chains are made. */
    private static final class Chains {

        private final CohortPlan plan;
        private final Bookings bookings;
        private final Map<Need, CohortSession> booked = new IdentityHashMap<>();
        private final Map<CohortSession, List<Need>> attendees = new IdentityHashMap<>();
        private final Map<String, List<Need>> byEmployee = new HashMap<>();
        /** Sessions from which no chain leads anywhere for needs as valuable as the last one tried, until one is made. */
        private final Set<CohortSession> dead = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Whether a step may move one of the person's other bookings aside to make them time. */
        private boolean movingAside;

        Chains(CohortPlan plan) {
            this.plan = plan;
            bookings = Bookings.of(plan);
            plan.getNeeds().stream().filter(Need::isBooked).forEach(need -> put(need, need.getSession()));
        }

        /** Books the needs left unmet, most valuable first, each by a chain if there is one; whether any was booked. */
        boolean bookUnmet() {
            dead.clear();
            List<Need> unmet = plan.getNeeds().stream().filter(need -> !booked.containsKey(need)
                    && !need.getOptions().isEmpty()).sorted(Comparator.comparingLong(Need::getValue).reversed()).toList();
            boolean any = false;
            for (Need need : unmet) {
                any |= book(need);
            }
            return any;
        }

        /**
         * Records that {@code step} reaches {@code session}: true if the session has a free place, where the chain
         * ends; otherwise the session is queued for the chain to go on from.
         */
        private boolean endsChain(CohortSession session, Step step, Map<CohortSession, Step> reached,
                Deque<CohortSession> queue) {
            reached.put(session, step);
            if (hasFreePlace(session)) {
                return true;
            }
            queue.add(session);
            return false;
        }

        /** Books {@code need} by the shortest chain that ends on a free place, else by giving way, if either exists. */
        private boolean book(Need need) {
            Map<CohortSession, Step> reached = new IdentityHashMap<>();
            Deque<CohortSession> queue = new ArrayDeque<>();
            CohortSession end = null;
            for (CohortSession session : need.getOptions()) {
                Step step = dead.contains(session) || reached.containsKey(session) ? null : stepTo(need, null, session);
                if (step != null && endsChain(session, step, reached, queue)) {
                    end = session;
                    break;
                }
            }
            while (end == null && !queue.isEmpty()) {
                CohortSession from = queue.poll();
                for (Need mover : attendees.getOrDefault(from, List.of())) {
                    for (CohortSession to : mover.getOptions()) {
                        Step step = to == from || dead.contains(to) || reached.containsKey(to) ? null
                                : stepTo(mover, from, to);
                        if (step != null && endsChain(to, step, reached, queue)) {
                            end = to;
                            break;
                        }
                    }
                    if (end != null) {
                        break;
                    }
                }
            }
            List<Move> moves = new ArrayList<>();
            if (end == null) {
                Need givingWay = leastValuable(reached.keySet(), need.getValue());
                if (givingWay == null) {
                    dead.addAll(reached.keySet());
                    return false;
                }
                end = booked.get(givingWay);
                moves.add(new Move(givingWay, end, null));
            }
            for (CohortSession to = end; to != null; ) {
                Step step = reached.get(to);
                if (step.aside() != null) {
                    moves.add(step.aside());
                }
                moves.add(new Move(step.mover(), step.from(), to));
                to = step.from();
            }
            if (apply(moves)) {
                dead.clear();
                return true;
            }
            return false;
        }

        /** Whether {@code session} has a place, the money and the trainer for one more (their time is the step's). */
        private boolean hasFreePlace(CohortSession session) {
            return bookings.placesLeft(session) > 0 && bookings.marginalCost(session) <= bookings.left()
                    && bookings.fitsTrainer(session);
        }

        /**
         * How {@code need}, once off {@code from} (null: unmet), could take {@code to} as far as its person's time goes:
         * as it is, or once one of the person's other bookings in those weeks moves to another of its sessions with a
         * free place; null if neither.
         */
        private Step stepTo(Need need, CohortSession from, CohortSession to) {
            if (from != null) {
                bookings.cancel(need, from);
            }
            try {
                if (bookings.fitsAttendee(need, to)) {
                    return new Step(from, need, null);
                }
                if (!movingAside) {
                    return null;
                }
                for (Need own : byEmployee.getOrDefault(need.getEmployeeId(), List.of())) {
                    CohortSession ownSession = booked.get(own);
                    if (own != need && ownSession.slot().overlaps(to.slot())) {
                        CohortSession elsewhere = elsewhere(need, to, own, ownSession);
                        if (elsewhere != null) {
                            return new Step(from, need, new Move(own, ownSession, elsewhere));
                        }
                    }
                }
                return null;
            } finally {
                if (from != null) {
                    bookings.book(need, from);
                }
            }
        }

        /** Another session with a free place for {@code own}, off {@code ownSession}, that makes time for {@code need}. */
        private CohortSession elsewhere(Need need, CohortSession to, Need own, CohortSession ownSession) {
            bookings.cancel(own, ownSession);
            CohortSession elsewhere = null;
            if (bookings.fitsAttendee(need, to)) {
                bookings.book(need, to);
                elsewhere = own.getOptions().stream().filter(s -> s != ownSession && s != to && bookings.fits(own, s))
                        .findFirst().orElse(null);
                bookings.cancel(need, to);
            }
            bookings.book(own, ownSession);
            return elsewhere;
        }

        /** The least valuable attendee of {@code sessions} worth less than {@code value}, or null. */
        private Need leastValuable(Set<CohortSession> sessions, long value) {
            Need least = null;
            for (CohortSession session : sessions) {
                for (Need attendee : attendees.getOrDefault(session, List.of())) {
                    if (attendee.getValue() < value && (least == null || attendee.getValue() < least.getValue())) {
                        least = attendee;
                    }
                }
            }
            return least;
        }

        /** Makes the moves in order if each keeps every limit; else undoes those made. Whether they were made. */
        private boolean apply(List<Move> moves) {
            List<Move> made = new ArrayList<>();
            for (Move move : moves) {
                if (booked.get(move.need()) != move.from()) {
                    // a need twice in one chain (moved aside, then moving on): not made
                    undo(made);
                    return false;
                }
                if (move.from() != null) {
                    bookings.cancel(move.need(), move.from());
                    remove(move.need());
                }
                if (move.to() != null && !bookings.fits(move.need(), move.to())) {
                    if (move.from() != null) {
                        bookings.book(move.need(), move.from());
                        put(move.need(), move.from());
                    }
                    undo(made);
                    return false;
                }
                if (move.to() != null) {
                    bookings.book(move.need(), move.to());
                    put(move.need(), move.to());
                }
                made.add(move);
            }
            return true;
        }

        private void undo(List<Move> made) {
            for (int i = made.size() - 1; i >= 0; i--) {
                undo(made.get(i));
            }
        }

        private void undo(Move move) {
            if (move.to() != null) {
                bookings.cancel(move.need(), move.to());
                remove(move.need());
            }
            if (move.from() != null) {
                bookings.book(move.need(), move.from());
                put(move.need(), move.from());
            }
        }

        private void put(Need need, CohortSession session) {
            booked.put(need, session);
            attendees.computeIfAbsent(session, s -> new ArrayList<>()).add(need);
            byEmployee.computeIfAbsent(need.getEmployeeId(), e -> new ArrayList<>()).add(need);
        }

        private void remove(Need need) {
            CohortSession session = booked.remove(need);
            List<Need> on = attendees.get(session);
            on.remove(need);
            if (on.isEmpty()) {
                attendees.remove(session);
            }
            byEmployee.get(need.getEmployeeId()).remove(need);
        }
    }
}
