package org.pathway.planning.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * An upper bound on the value a cohort plan can meet: an LP relaxation solved by ojAlgo. Needs with the same options
 * and value are counted together: z(kind, session) needs of a kind booked on a session, y(session) the share of a
 * session run; each need met at most once, only on a running session, within its places (or the needs it closes, if
 * fewer); running costs plus attendees' costs within the budget; a trainer or a room on one session a week. Every row
 * holds for every real plan (y 0 or 1, z whole), so the relaxation's optimum is at least any plan's value. People's weekly hours
 * and clashes are left out of {@link #valueMet(CohortPlan)} (per person, they made the LP of a 2,000-employee council
 * too slow for ojAlgo), so that bound is looser than the full relaxation where they bind;
 * {@link #valueMetWithPeople(CohortPlan)} adds them (each need then its own kind: for smaller cohorts).
 */
public final class LpBound {

    private LpBound() {
    }

    /** Needs that are interchangeable in the LP: the same options and value (and person, when people count). */
    private record Kind(List<CohortSession> options, long value, Need need) {
    }

    public static double valueMet(CohortPlan plan) {
        return valueMet(plan, false);
    }

    /** The tighter bound: each person's weekly hours within their cap, at most one short event of theirs a week. */
    public static double valueMetWithPeople(CohortPlan plan) {
        return valueMet(plan, true);
    }

    private static double valueMet(CohortPlan plan, boolean people) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<CohortSession, Variable> runs = new HashMap<>();
        Map<CohortSession, Expression> places = new HashMap<>();
        Expression budget = model.addExpression("budget").upper(plan.getBudget().pounds());
        // a running session takes at most its places and at most the needs it closes: in a real plan it seats no more
        // than either, so counting only the smaller lets no plan out, and a half-run session no longer seats them all
        Map<CohortSession, Long> demand = plan.getNeeds().stream().flatMap(n -> n.getOptions().stream())
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        for (CohortSession session : plan.getSessions()) {
            Variable y = model.addVariable("run " + session.id()).lower(0).upper(1);
            runs.put(session, y);
            budget.set(y, session.sessionCost());
            places.put(session, model.addExpression("places " + session.id()).upper(0)
                    .set(y, -Math.min(session.capacity(), demand.getOrDefault(session, 0L))));
        }
        Map<Kind, Long> kinds = plan.getNeeds().stream()
                .collect(Collectors.groupingBy(n -> new Kind(n.getOptions(), n.getValue(), people ? n : null),
                        Collectors.counting()));
        Map<String, Map<Integer, List<Term>>> weeks = new HashMap<>();
        int k = 0;
        for (Map.Entry<Kind, Long> kind : kinds.entrySet()) {
            long count = kind.getValue();
            Expression once = model.addExpression("once " + k).upper(count);
            for (CohortSession session : kind.getKey().options()) {
                Variable z = model.addVariable(k + " @ " + session.id()).lower(0).upper(count)
                        .weight(kind.getKey().value());
                once.set(z, 1);
                model.addExpression("runs " + z.getName()).upper(0).set(z, 1)
                        .set(runs.get(session), -Math.min(count, session.capacity()));
                places.get(session).set(z, 1);
                budget.set(z, session.costPerAttendee());
                if (people) {
                    Need need = kind.getKey().need();
                    for (int week = session.slot().startWeek(); week < session.slot().endWeek(); week++) {
                        weeks.computeIfAbsent(need.getEmployeeId(), p -> new HashMap<>())
                                .computeIfAbsent(week, w -> new ArrayList<>()).add(new Term(z, need, session));
                    }
                }
            }
            k++;
        }
        weeks.forEach((person, byWeek) -> byWeek.forEach((week, terms) -> people(model, person, week, terms)));
        trainersAndRooms(model, plan.getSessions(), runs);
        Optimisation.Result result = model.maximise();
        if (!result.getState().isOptimal()) {
            throw new IllegalStateException("LP relaxation not solved: " + result.getState());
        }
        return result.getValue();
    }

    /** One need's booking on one session, seen in one of the weeks the session runs. */
    private record Term(Variable z, Need need, CohortSession session) {

        long tenths() {
            return LpBound.tenths(session.slot().hoursPerWeek());
        }
    }

    /**
     * One person's week: hours within their cap, at most one short event; each row only where it can bind (more hours
     * than the cap if each need took its longest session that week; short events of two needs or more), the others
     * being implied by each need's being met once.
     */
    private static void people(ExpressionsBasedModel model, String person, int week, List<Term> terms) {
        long cap = tenths(terms.get(0).need().getHoursPerWeekCap());
        Map<Need, Long> longest = new HashMap<>();
        terms.forEach(t -> longest.merge(t.need(), t.tenths(), Math::max));
        if (longest.values().stream().mapToLong(Long::longValue).sum() > cap) {
            Expression hours = model.addExpression("hours " + person + " " + week).upper(cap);
            terms.forEach(t -> hours.set(t.z(), t.tenths()));
        }
        List<Term> shortEvents = terms.stream().filter(t -> t.session().slot().isShortEvent()).toList();
        if (shortEvents.stream().map(Term::need).distinct().count() > 1) {
            Expression clash = model.addExpression("clash " + person + " " + week).upper(1);
            shortEvents.forEach(t -> clash.set(t.z(), 1));
        }
    }

    /** Hours in tenths, rounded as the constraint rounds them. */
    private static long tenths(double hours) {
        return Math.round(hours * 10);
    }

    /**
     * A trainer leads, and a room holds, one session at a time: for each trainer and each room, the sessions running in
     * any one week add up to at most one. These are the cliques of an interval graph (the weeks a session runs are an
     * interval, and two intervals that overlap both hold the later one's first week), so they say no more of a real plan
     * than "no two overlapping" does, but they forbid what the pairs let the relaxation do: three sessions that overlap
     * each run half, one and a half sessions on one trainer.
     */
    private static void trainersAndRooms(ExpressionsBasedModel model, List<CohortSession> sessions,
            Map<CohortSession, Variable> runs) {
        List<CohortSession> led = sessions.stream().filter(CohortSession::ledByTrainer).toList();
        oneAtATime(model, "trainer", led.stream().collect(Collectors.groupingBy(CohortSession::facilitator)), runs);
        oneAtATime(model, "room", led.stream().filter(s -> !s.isOnline())
                .collect(Collectors.groupingBy(CohortSession::room)), runs);
    }

    /** For each group's sessions, a row per week a session starts: those running that week, at most one. */
    private static void oneAtATime(ExpressionsBasedModel model, String what, Map<String, List<CohortSession>> groups,
            Map<CohortSession, Variable> runs) {
        groups.forEach((name, group) -> group.stream().map(s -> s.slot().startWeek()).distinct().forEach(week -> {
            List<CohortSession> running = group.stream().filter(s -> s.slot().runsIn(week)).toList();
            if (running.size() > 1) {
                Expression once = model.addExpression(what + " " + name + " week " + week).upper(1);
                running.forEach(s -> once.set(runs.get(s), 1));
            }
        }));
    }
}
