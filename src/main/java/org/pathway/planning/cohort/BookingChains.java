package org.pathway.planning.cohort;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
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
 * unmet needs most valuable first, each by a chain if there is one, is how the most valuable set of needs the running
 * sessions can seat is found (the needs a set of sessions can seat are a matroid); people's hours and clashes, the
 * budget and the trainers are checked on every step. A custom phase after {@link ValuePerPoundGreedy}.
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
        plan.getNeeds().stream().filter(need -> !need.isBooked() && !need.getOptions().isEmpty())
                .sorted(Comparator.comparingLong(Need::getValue).reversed()).forEach(chains::book);
        Map<Need, CohortSession> changes = new LinkedHashMap<>();
        plan.getNeeds().stream().filter(need -> chains.booked.get(need) != need.getSession())
                .forEach(need -> changes.put(need, chains.booked.get(need)));
        return changes;
    }

    /** One need moved from a session (null: was unmet) to another (null: left unmet). */
    private record Move(Need need, CohortSession from, CohortSession to) {
    }

    /** How a chain reached a session: {@code mover} left {@code from} (null for the unmet need) to take a place on it. */
    private record Step(CohortSession from, Need mover) {
    }

    /** The plan's bookings while chains are made. */
    private static final class Chains {

        private final Bookings bookings;
        private final Map<Need, CohortSession> booked = new IdentityHashMap<>();
        private final Map<CohortSession, List<Need>> attendees = new IdentityHashMap<>();
        /** Sessions from which no chain leads anywhere for needs as valuable as the last one tried, until one is made. */
        private final Set<CohortSession> dead = Collections.newSetFromMap(new IdentityHashMap<>());

        Chains(CohortPlan plan) {
            bookings = Bookings.of(plan);
            plan.getNeeds().stream().filter(Need::isBooked).forEach(need -> put(need, need.getSession()));
        }

        /** Books {@code need} by the shortest chain that ends on a free place, else by giving way, if either exists. */
        void book(Need need) {
            Map<CohortSession, Step> reached = new IdentityHashMap<>();
            Deque<CohortSession> queue = new ArrayDeque<>();
            CohortSession end = null;
            for (CohortSession session : need.getOptions()) {
                if (!dead.contains(session) && !reached.containsKey(session) && bookings.fitsAttendee(need, session)) {
                    reached.put(session, new Step(null, need));
                    if (hasRoom(need, session)) {
                        end = session;
                        break;
                    }
                    queue.add(session);
                }
            }
            while (end == null && !queue.isEmpty()) {
                CohortSession from = queue.poll();
                for (Need mover : attendees.getOrDefault(from, List.of())) {
                    for (CohortSession to : mover.getOptions()) {
                        if (to != from && !dead.contains(to) && !reached.containsKey(to) && canMove(mover, from, to)) {
                            reached.put(to, new Step(from, mover));
                            if (hasRoom(mover, to)) {
                                end = to;
                                break;
                            }
                            queue.add(to);
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
                    return;
                }
                end = booked.get(givingWay);
                moves.add(new Move(givingWay, end, null));
            }
            for (CohortSession to = end; to != null; ) {
                Step step = reached.get(to);
                moves.add(new Move(step.mover(), step.from(), to));
                to = step.from();
            }
            if (apply(moves)) {
                dead.clear();
            }
        }

        /** Whether {@code need} could take a free place on {@code session}: places, money, trainer, their time. */
        private boolean hasRoom(Need need, CohortSession session) {
            return bookings.placesLeft(session) > 0 && bookings.fits(need, session);
        }

        /** Whether {@code mover}'s person has the time for {@code to} once off {@code from}. */
        private boolean canMove(Need mover, CohortSession from, CohortSession to) {
            bookings.cancel(mover, from);
            boolean fits = bookings.fitsAttendee(mover, to);
            bookings.book(mover, from);
            return fits;
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
                if (move.from() != null) {
                    bookings.cancel(move.need(), move.from());
                    remove(move.need());
                }
                if (move.to() != null && !bookings.fits(move.need(), move.to())) {
                    if (move.from() != null) {
                        bookings.book(move.need(), move.from());
                        put(move.need(), move.from());
                    }
                    for (int i = made.size() - 1; i >= 0; i--) {
                        undo(made.get(i));
                    }
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
        }

        private void remove(Need need) {
            CohortSession session = booked.remove(need);
            List<Need> on = attendees.get(session);
            on.remove(need);
            if (on.isEmpty()) {
                attendees.remove(session);
            }
        }
    }
}
