package org.pathway.planning.cohort;

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
 * holds for every real plan (y 0 or 1, z whole), so the relaxation's optimum is at least any plan's value. People's
 * weekly hours and clashes are left out (per person, they made the LP of a 2,000-employee council too slow for
 * ojAlgo); {@link LagrangianBound} counts them, starting from this LP's prices.
 */
public final class LpBound {

    private LpBound() {
    }

    /** Needs that are interchangeable in the LP: the same options and value. */
    record Kind(List<CohortSession> options, long value) {
    }

    public static double valueMet(CohortPlan plan) {
        return solve(plan).result().getValue();
    }

    /**
     * The relaxation's prices (its dual values): what one more place on each session, one more place for a kind of need
     * on each of its sessions, and one more pound would add to the bound. {@link LagrangianBound} starts from them.
     */
    static Prices prices(CohortPlan plan) {
        // ojAlgo's presolve turns some rows into bounds, whose prices it then does not report: solved without it
        ExpressionsBasedModel.clearPresolvers();
        Solved solved;
        try {
            solved = solve(plan);
        } finally {
            ExpressionsBasedModel.resetPresolvers();
        }
        Map<Expression, Double> duals = new HashMap<>();
        solved.result().getMatchedMultipliers().forEach(m -> {
            if (m.getKey().getKey() instanceof Expression row) {
                duals.merge(row, Math.abs(m.doubleValue()), Double::sum);
            }
        });
        Map<CohortSession, Double> perPlace = new HashMap<>();
        solved.places().forEach((session, row) -> perPlace.put(session, duals.getOrDefault(row, 0.0)));
        Map<Kind, double[]> perKindPlace = new HashMap<>();
        solved.kindPlaces().forEach((kind, rows) -> {
            double[] prices = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                prices[i] = duals.getOrDefault(rows[i], 0.0);
            }
            perKindPlace.put(kind, prices);
        });
        return new Prices(perPlace, perKindPlace, duals.getOrDefault(solved.budget(), 0.0));
    }

    /**
     * What a place on each session, a place for a kind on each of its options (in the order of its options) and a
     * pound are worth to the bound.
     */
    record Prices(Map<CohortSession, Double> perPlace, Map<Kind, double[]> perKindPlace, double perPound) {
    }

    private record Solved(Optimisation.Result result, Map<CohortSession, Expression> places,
            Map<Kind, Expression[]> kindPlaces, Expression budget) {
    }

    private static Solved solve(CohortPlan plan) {
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
                .collect(Collectors.groupingBy(n -> new Kind(n.getOptions(), n.getValue()), Collectors.counting()));
        Map<Kind, Expression[]> kindPlaces = new HashMap<>();
        int k = 0;
        for (Map.Entry<Kind, Long> kind : kinds.entrySet()) {
            long count = kind.getValue();
            Expression once = model.addExpression("once " + k).upper(count);
            Expression[] onOption = new Expression[kind.getKey().options().size()];
            kindPlaces.put(kind.getKey(), onOption);
            for (int option = 0; option < onOption.length; option++) {
                CohortSession session = kind.getKey().options().get(option);
                Variable z = model.addVariable(k + " @ " + session.id()).lower(0).weight(kind.getKey().value());
                once.set(z, 1);
                // likewise a kind's needs on a session: no more than there are, nor than its places, and only if it runs
                onOption[option] = model.addExpression("runs " + z.getName()).upper(0).set(z, 1)
                        .set(runs.get(session), -Math.min(count, session.capacity()));
                places.get(session).set(z, 1);
                budget.set(z, session.costPerAttendee());
            }
            k++;
        }
        trainersAndRooms(model, plan.getSessions(), runs);
        Optimisation.Result result = model.maximise();
        if (!result.getState().isOptimal()) {
            throw new IllegalStateException("LP relaxation not solved: " + result.getState());
        }
        return new Solved(result, places, kindPlaces, budget);
    }

    /**
     * A trainer leads, and a room holds, one session at a time: for each trainer and each room, the sessions running in
     * any one week add up to at most one. These are the cliques of an interval graph (the weeks a session runs are an
     * interval, and two intervals that overlap both hold the later one's first week), so they say no more of a real plan
     * than "no two overlapping" does, but they forbid what the pairs let the relaxation do: three sessions that overlap
     * each run half, one and a half sessions on one trainer.
     */
    static void trainersAndRooms(ExpressionsBasedModel model, List<CohortSession> sessions,
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
