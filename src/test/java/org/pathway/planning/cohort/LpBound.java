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
 * session run; each need met at most once, only on a running session, within its places; running costs plus
 * attendees' costs within the budget; a trainer or a room on one of two overlapping sessions. People's weekly hours
 * and clashes are left out (per person, they made the LP of a 2,000-employee council too slow for ojAlgo), so the
 * bound is looser than the full relaxation where they bind.
 */
public final class LpBound {

    private LpBound() {
    }

    private record Kind(List<CohortSession> options, long value) {
    }

    public static double valueMet(CohortPlan plan) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<CohortSession, Variable> runs = new HashMap<>();
        Map<CohortSession, Expression> places = new HashMap<>();
        Expression budget = model.addExpression("budget").upper(plan.getBudget().pounds());
        for (CohortSession session : plan.getSessions()) {
            Variable y = model.addVariable("run " + session.id()).lower(0).upper(1);
            runs.put(session, y);
            budget.set(y, session.sessionCost());
            places.put(session, model.addExpression("places " + session.id()).upper(0).set(y, -session.capacity()));
        }
        Map<Kind, Long> kinds = plan.getNeeds().stream()
                .collect(Collectors.groupingBy(n -> new Kind(n.getOptions(), n.getValue()), Collectors.counting()));
        int k = 0;
        for (Map.Entry<Kind, Long> kind : kinds.entrySet()) {
            long count = kind.getValue();
            Expression once = model.addExpression("once " + k).upper(count);
            for (CohortSession session : kind.getKey().options()) {
                Variable z = model.addVariable(k + " @ " + session.id()).lower(0).upper(count)
                        .weight(kind.getKey().value());
                once.set(z, 1);
                model.addExpression("runs " + z.getName()).upper(0).set(z, 1).set(runs.get(session), -count);
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
        return result.getValue();
    }

    private static void trainersAndRooms(ExpressionsBasedModel model, List<CohortSession> sessions,
            Map<CohortSession, Variable> runs) {
        List<CohortSession> led = sessions.stream().filter(CohortSession::ledByTrainer).toList();
        for (int i = 0; i < led.size(); i++) {
            for (int j = i + 1; j < led.size(); j++) {
                CohortSession a = led.get(i);
                CohortSession b = led.get(j);
                boolean shared = a.facilitator().equals(b.facilitator()) || a.room().equals(b.room()) && !a.isOnline();
                if (shared && a.slot().overlaps(b.slot())) {
                    model.addExpression("apart " + a.id() + " " + b.id()).upper(1).set(runs.get(a), 1).set(runs.get(b), 1);
                }
            }
        }
    }
}
