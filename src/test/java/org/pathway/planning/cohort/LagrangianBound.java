package org.pathway.planning.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * An upper bound on the value a cohort plan can meet that counts each person's weekly hours and clashes, which
 * {@link LpBound#valueMet} leaves out: a Lagrangian relaxation of the same rows. The rows that tie bookings to sessions
 * (a session's places; a kind of need's places on a session, only if it runs) and the budget are priced instead of
 * kept; what is left splits into a small problem per person (which of their needs to book on which sessions, each
 * booking earning its value less the prices of its places and pounds, within their weekly hours and without clashes:
 * solved exactly by a depth-first search) and one over sessions (which to run, each earning the prices of its places
 * less its running cost's, a trainer and a room on one session a week: an LP, at least its whole-session best).
 *
 * <p>Why it is a bound, whatever the prices (as long as none is negative): every real plan is a choice each small
 * problem may make (its bookings keep each person's hours and clashes, its running sessions each trainer's and room's
 * weeks), and there the small problems together earn the plan's value plus the prices times the places left empty and
 * the pounds left unspent, never negative in a real plan; so the sum of their best is at least any plan's value. The
 * prices start from the LP's own (its duals, with which the sum is at most the LP's bound) and are lowered by
 * subgradient steps; the least sum found is the bound.
 */
public final class LagrangianBound {

    /** A person's search gives up after this many nodes and counts each need at its best booking (still a bound). */
    private static final int NODE_LIMIT = 20_000;
    /** The budget's price is stepped per thousand pounds, so that one step size suits it and the places. */
    private static final double POUNDS = 1000;

    private final CohortPlan plan;
    private final List<CohortSession> sessions;
    private final Map<CohortSession, Integer> index = new IdentityHashMap<>();
    /** What a running session seats: its places, or the needs it closes if fewer (as in {@link LpBound}). */
    private final long[] seats;
    private final List<LpBound.Kind> kinds;
    /** A kind's places on each of its options: as many as the kind has, or the session's places if fewer. */
    private final long[][] kindSeats;
    private final Map<String, List<Need>> people;
    private final Map<Need, Integer> kindOf = new IdentityHashMap<>();
    private final double[] perPlace;
    private final double[][] perKindPlace;
    private double perPound;

    private LagrangianBound(CohortPlan plan) {
        this.plan = plan;
        sessions = plan.getSessions();
        for (int s = 0; s < sessions.size(); s++) {
            index.put(sessions.get(s), s);
        }
        long[] demand = new long[sessions.size()];
        plan.getNeeds().forEach(n -> n.getOptions().forEach(s -> demand[index.get(s)]++));
        seats = new long[sessions.size()];
        for (int s = 0; s < seats.length; s++) {
            seats[s] = Math.min(sessions.get(s).capacity(), demand[s]);
        }
        Map<LpBound.Kind, List<Need>> byKind = plan.getNeeds().stream()
                .collect(Collectors.groupingBy(n -> new LpBound.Kind(n.getOptions(), n.getValue())));
        kinds = new ArrayList<>(byKind.keySet());
        kindSeats = new long[kinds.size()][];
        for (int k = 0; k < kinds.size(); k++) {
            int kind = k;
            byKind.get(kinds.get(k)).forEach(n -> kindOf.put(n, kind));
            List<CohortSession> options = kinds.get(k).options();
            kindSeats[k] = new long[options.size()];
            for (int j = 0; j < options.size(); j++) {
                kindSeats[k][j] = Math.min(byKind.get(kinds.get(k)).size(), options.get(j).capacity());
            }
        }
        people = plan.getNeeds().stream().filter(n -> !n.getOptions().isEmpty())
                .collect(Collectors.groupingBy(Need::getEmployeeId));
        LpBound.Prices start = LpBound.prices(plan);
        perPlace = new double[sessions.size()];
        for (int s = 0; s < perPlace.length; s++) {
            perPlace[s] = start.perPlace().getOrDefault(sessions.get(s), 0.0);
        }
        perKindPlace = new double[kinds.size()][];
        for (int k = 0; k < kinds.size(); k++) {
            double[] prices = start.perKindPlace().get(kinds.get(k));
            perKindPlace[k] = prices == null ? new double[kindSeats[k].length] : prices.clone();
        }
        perPound = start.perPound();
    }

    /**
     * The least bound found in {@code iterations} steps; {@code planValue} (a real plan's value, e.g. the
     * construction's) sizes the steps and does not enter the bound.
     */
    public static double valueMet(CohortPlan plan, int iterations, double planValue) {
        return new LagrangianBound(plan).minimise(iterations, planValue);
    }

    private double minimise(int iterations, double planValue) {
        double best = Double.POSITIVE_INFINITY;
        // Polyak's step: the bound's distance to a real plan over the subgradient's length squared, halved when three
        // steps in a row find no lower sum
        double step = 1;
        int sinceBetter = 0;
        for (int i = 0; i < iterations; i++) {
            long[] booked = new long[sessions.size()];
            long[][] kindBooked = new long[kinds.size()][];
            for (int k = 0; k < kinds.size(); k++) {
                kindBooked[k] = new long[kindSeats[k].length];
            }
            double value = perPound * plan.getBudget().pounds();
            double spent = 0;
            for (List<Need> needs : people.values()) {
                PersonSearch person = new PersonSearch(needs, plan.getWeeks().size());
                value += person.best;
                for (int n = 0; n < needs.size(); n++) {
                    int j = person.chosen[n];
                    if (j >= 0) {
                        CohortSession s = needs.get(n).getOptions().get(j);
                        booked[index.get(s)]++;
                        kindBooked[kindOf.get(needs.get(n))][j]++;
                        spent += s.costPerAttendee();
                    }
                }
            }
            double[] runs = new double[sessions.size()];
            value += sessionsRun(runs);
            if (value < best - 1e-6) {
                best = value;
                sinceBetter = 0;
            } else if (++sinceBetter >= 3) {
                step /= 2;
                sinceBetter = 0;
            }
            if (value - planValue <= 1e-6) {
                break;
            }
            // the subgradient: places and pounds left over (negative where the small problems take too many)
            double[] placesLeft = new double[sessions.size()];
            double norm = 0;
            for (int s = 0; s < sessions.size(); s++) {
                spent += runs[s] * sessions.get(s).sessionCost();
                placesLeft[s] = seats[s] * runs[s] - booked[s];
                norm += placesLeft[s] * placesLeft[s];
            }
            double[][] kindPlacesLeft = new double[kinds.size()][];
            for (int k = 0; k < kinds.size(); k++) {
                kindPlacesLeft[k] = new double[kindSeats[k].length];
                for (int j = 0; j < kindSeats[k].length; j++) {
                    double g = kindSeats[k][j] * runs[index.get(kinds.get(k).options().get(j))] - kindBooked[k][j];
                    kindPlacesLeft[k][j] = g;
                    norm += g * g;
                }
            }
            double poundsLeft = (plan.getBudget().pounds() - spent) / POUNDS;
            norm += poundsLeft * poundsLeft;
            if (norm == 0) {
                break;
            }
            double t = step * (value - planValue) / norm;
            for (int s = 0; s < perPlace.length; s++) {
                perPlace[s] = Math.max(0, perPlace[s] - t * placesLeft[s]);
            }
            for (int k = 0; k < kinds.size(); k++) {
                for (int j = 0; j < perKindPlace[k].length; j++) {
                    perKindPlace[k][j] = Math.max(0, perKindPlace[k][j] - t * kindPlacesLeft[k][j]);
                }
            }
            perPound = Math.max(0, perPound - t * poundsLeft / POUNDS);
        }
        return best;
    }

    /** The sessions' problem, as an LP: shares run (0 to 1), a trainer and a room one a week; fills {@code runs}. */
    private double sessionsRun(double[] runs) {
        double[] earns = new double[sessions.size()];
        for (int s = 0; s < earns.length; s++) {
            earns[s] = perPlace[s] * seats[s] - perPound * sessions.get(s).sessionCost();
        }
        for (int k = 0; k < kinds.size(); k++) {
            for (int j = 0; j < kindSeats[k].length; j++) {
                earns[index.get(kinds.get(k).options().get(j))] += perKindPlace[k][j] * kindSeats[k][j];
            }
        }
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<CohortSession, Variable> variables = new HashMap<>();
        for (int s = 0; s < earns.length; s++) {
            variables.put(sessions.get(s), model.addVariable("run " + s).lower(0).upper(1).weight(earns[s]));
        }
        LpBound.trainersAndRooms(model, sessions, variables);
        Optimisation.Result result = model.maximise();
        if (!result.getState().isOptimal()) {
            throw new IllegalStateException("Sessions' LP not solved: " + result.getState());
        }
        variables.forEach((s, v) -> runs[index.get(s)] = result.doubleValue(model.indexOf(v)));
        return result.getValue();
    }

    /**
     * One person's small problem, by depth-first search over their needs: each on the option that earns most at the
     * prices, or another, or none, while their weeks allow. {@code chosen} holds each need's option (-1 for none).
     */
    private final class PersonSearch {

        private final List<Need> needs;
        private final double[][] earns;
        /** Each need's options worth booking (earning more than nothing), best first. */
        private final int[][] order;
        private final int[] byBest;
        private final double[] bestAfter;
        private final long cap;
        private final long[] tenths;
        private final double[] hours;
        private final int[] shortEvents;
        private final int[] current;
        private int[] chosen;
        private double best;
        private long nodes;

        PersonSearch(List<Need> needs, int weeks) {
            this.needs = needs;
            earns = new double[needs.size()][];
            order = new int[needs.size()][];
            for (int n = 0; n < needs.size(); n++) {
                Need need = needs.get(n);
                int k = kindOf.get(need);
                List<CohortSession> options = need.getOptions();
                double[] e = new double[options.size()];
                for (int j = 0; j < e.length; j++) {
                    CohortSession s = options.get(j);
                    e[j] = need.getValue() - perPlace[index.get(s)] - perKindPlace[k][j] - perPound * s.costPerAttendee();
                }
                earns[n] = e;
                order[n] = java.util.stream.IntStream.range(0, e.length).filter(j -> e[j] > 0).boxed()
                        .sorted((a, b) -> Double.compare(e[b], e[a])).mapToInt(Integer::intValue).toArray();
            }
            byBest = java.util.stream.IntStream.range(0, needs.size()).boxed()
                    .sorted((a, b) -> Double.compare(top(b), top(a))).mapToInt(Integer::intValue).toArray();
            bestAfter = new double[needs.size() + 1];
            for (int i = needs.size() - 1; i >= 0; i--) {
                bestAfter[i] = bestAfter[i + 1] + top(byBest[i]);
            }
            cap = needs.isEmpty() ? 0 : Math.round(needs.get(0).getHoursPerWeekCap() * 10);
            tenths = new long[weeks];
            hours = new double[weeks];
            shortEvents = new int[weeks];
            current = new int[needs.size()];
            Arrays.fill(current, -1);
            chosen = current.clone();
            search(0, 0);
            if (nodes > NODE_LIMIT) {
                // gave up: every need at its best option, hours and clashes aside, is at least the best
                best = bestAfter[0];
                for (int n = 0; n < needs.size(); n++) {
                    chosen[n] = order[n].length == 0 ? -1 : order[n][0];
                }
            }
        }

        private double top(int n) {
            return order[n].length == 0 ? 0 : earns[n][order[n][0]];
        }

        private void search(int i, double value) {
            if (value > best) {
                best = value;
                chosen = current.clone();
            }
            if (i == needs.size() || value + bestAfter[i] <= best || ++nodes > NODE_LIMIT) {
                return;
            }
            int n = byBest[i];
            for (int j : order[n]) {
                CohortSession s = needs.get(n).getOptions().get(j);
                if (fits(s)) {
                    take(s, 1);
                    current[n] = j;
                    search(i + 1, value + earns[n][j]);
                    current[n] = -1;
                    take(s, -1);
                }
            }
            search(i + 1, value);
        }

        /**
         * Whether the person has the time: no two short events in a week, and the week's hours within the cap by
         * either way of rounding them (each session's tenths added, or the hours added then rounded), so that no plan
         * the solver or the checker accepts is refused here.
         */
        private boolean fits(CohortSession s) {
            long add = Math.round(s.slot().hoursPerWeek() * 10);
            for (int w = s.slot().startWeek(); w < s.slot().endWeek(); w++) {
                if (s.slot().isShortEvent() && shortEvents[w] > 0) {
                    return false;
                }
                if (tenths[w] + add > cap && Math.round((hours[w] + s.slot().hoursPerWeek()) * 10) > cap) {
                    return false;
                }
            }
            return true;
        }

        private void take(CohortSession s, int sign) {
            long add = Math.round(s.slot().hoursPerWeek() * 10);
            for (int w = s.slot().startWeek(); w < s.slot().endWeek(); w++) {
                tenths[w] += sign * add;
                hours[w] += sign * s.slot().hoursPerWeek();
                if (s.slot().isShortEvent()) {
                    shortEvents[w] += sign;
                }
            }
        }
    }
}
