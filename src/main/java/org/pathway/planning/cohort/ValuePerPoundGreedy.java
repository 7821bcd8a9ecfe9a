package org.pathway.planning.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Books needs in order of value met per marginal pound, so that a budget goes where it meets most need. A session
 * nobody is on yet is weighed by its best group (its most valuable needs, as many as pays best, over its running cost
 * plus theirs), a running one by its most valuable need over one attendee's cost. Bookings elsewhere only lower a
 * session's worth, so a session is weighed again only when it comes top. Where money is not what limits the plan (a
 * large budget: places, trainers and rooms run out first), value per pound opens many cheap sessions that take
 * trainers' weeks from fuller ones; so it also fills by value met per session (the most valuable group a session can
 * take, whatever it costs) and by value met per week of a trainer and a room it takes (a two-week course for 14 against
 * a one-week workshop for 18), and keeps whichever meets most. It is the solver's warm start, a custom phase that adds
 * to the bookings already made.
 */
public final class ValuePerPoundGreedy implements CustomPhaseCommand<CohortPlan> {

    /**
     * How offers are ranked: by value met per pound they add, by value met alone, or by value met per week of a trainer
     * (and a room) a session takes to open (a course of two weeks weighs half its value against a workshop of one).
     */
    enum Ranking { PER_POUND, PER_SESSION, PER_TRAINER_WEEK }

    /** A group of needs a session could take, and what it is worth by the ranking. */
    private record Offer(CohortSession session, List<Need> needs, double worth) {
    }

    /** {@code plan} built from nothing by the best of the three rankings (the benchmark's second baseline). */
    public static CohortPlan plan(CohortPlan plan) {
        plan.getNeeds().forEach(n -> n.setSession(null));
        better(plan, plan.getNeeds()).forEach(Need::setSession);
        return plan;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<CohortPlan> scoreDirector) {
        CohortPlan plan = scoreDirector.getWorkingSolution();
        List<Need> unmet = plan.getNeeds().stream().filter(n -> !n.isBooked()).toList();
        better(plan, unmet).forEach((need, session) -> {
            scoreDirector.beforeVariableChanged(need, "session");
            need.setSession(session);
            scoreDirector.afterVariableChanged(need, "session");
        });
        scoreDirector.triggerVariableListeners();
    }

    /** The bookings of {@code unmet} beside {@code plan}'s own that meet most, of the three rankings' fills. */
    private static Map<Need, CohortSession> better(CohortPlan plan, List<Need> unmet) {
        Map<Need, CohortSession> perPound = fill(Bookings.of(plan), unmet, Ranking.PER_POUND);
        Map<Need, CohortSession> perSession = fill(Bookings.of(plan), unmet, Ranking.PER_SESSION);
        Map<Need, CohortSession> perTrainerWeek = fill(Bookings.of(plan), unmet, Ranking.PER_TRAINER_WEEK);
        Map<Need, CohortSession> better = value(perSession) > value(perPound) ? perSession : perPound;
        return value(perTrainerWeek) > value(better) ? perTrainerWeek : better;
    }

    static long value(Map<Need, CohortSession> bookings) {
        return bookings.keySet().stream().mapToLong(Need::getValue).sum();
    }

    /** Books {@code unmet} needs onto {@code bookings} by value per pound while anything fits; returns the bookings made. */
    static Map<Need, CohortSession> fill(Bookings bookings, List<Need> unmet) {
        return fill(bookings, unmet, Ranking.PER_POUND);
    }

    /** Books {@code unmet} needs onto {@code bookings}, best offer first by {@code ranking}, while anything fits. */
    static Map<Need, CohortSession> fill(Bookings bookings, List<Need> unmet, Ranking ranking) {
        Map<CohortSession, List<Need>> candidates = new IdentityHashMap<>();
        // money only runs out: a session that costs more than is left now never fits
        unmet.stream().sorted(Comparator.comparingLong(Need::getValue).reversed()).forEach(need -> need.getOptions()
                .stream().filter(session -> bookings.marginalCost(session) <= bookings.left())
                .forEach(session -> candidates.computeIfAbsent(session, s -> new ArrayList<>()).add(need)));
        Map<Need, CohortSession> booked = new LinkedHashMap<>();
        // equal offers in session order, so that a plan does not depend on where its sessions sit in memory
        PriorityQueue<Offer> queue = new PriorityQueue<>(Comparator.comparingDouble(Offer::worth).reversed()
                .thenComparing(offer -> offer.session().id()));
        candidates.forEach((session, needs) -> best(session, needs, bookings, booked, ranking).ifPresent(queue::add));
        while (!queue.isEmpty()) {
            CohortSession session = queue.poll().session();
            Optional<Offer> now = best(session, candidates.get(session), bookings, booked, ranking);
            if (now.isPresent() && !queue.isEmpty() && now.get().worth() < queue.peek().worth()) {
                queue.add(now.get());
            } else if (now.isPresent()) {
                now.get().needs().forEach(need -> {
                    bookings.book(need, session);
                    booked.put(need, session);
                });
                best(session, candidates.get(session), bookings, booked, ranking).ifPresent(queue::add);
            }
        }
        return booked;
    }

    /** The session's best offer now; drops the candidates that can no longer go on it. */
    private static Optional<Offer> best(CohortSession session, List<Need> candidates, Bookings bookings,
            Map<Need, CohortSession> booked, Ranking ranking) {
        if (bookings.placesLeft(session) <= 0 || !bookings.fitsTrainer(session)) {
            return Optional.empty();
        }
        boolean running = bookings.isRunning(session);
        long fixed = running ? 0 : session.sessionCost();
        int most = running ? 1 : bookings.placesLeft(session);
        List<Need> group = new ArrayList<>();
        long value = 0;
        double best = 0;
        int bestSize = 0;
        for (Iterator<Need> it = candidates.iterator(); it.hasNext() && group.size() < most; ) {
            Need need = it.next();
            if (booked.containsKey(need) || !bookings.fitsAttendee(need, session)) {
                it.remove();
                continue;
            }
            long cost = fixed + (group.size() + 1) * session.costPerAttendee();
            if (cost > bookings.left()) {
                break;
            }
            group.add(need);
            value += need.getValue();
            double worth = switch (ranking) {
                case PER_POUND -> (double) value / Math.max(1, cost);
                case PER_SESSION -> value;
                case PER_TRAINER_WEEK -> running || !session.ledByTrainer() ? value
                        : (double) value / (session.slot().endWeek() - session.slot().startWeek());
            };
            if (worth > best) {
                best = worth;
                bestSize = group.size();
            }
        }
        return bestSize == 0 ? Optional.empty() : Optional.of(new Offer(session, List.copyOf(group.subList(0, bestSize)), best));
    }
}
