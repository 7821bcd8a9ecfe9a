package org.pathway.planning.cohort;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.pathway.planning.GeneratedCohorts;
import org.pathway.workforce.EmployeeFindings;

/**
 * What limits a cohort plan (README, "Benchmarks"): for each council and budget, whether money binds the LP bound
 * (the bound again with twice the budget), what the construction spends and fills, each need it leaves unmet by the
 * limits its least-blocked session breaks (full, budget, trainer or room, the person's hours or clashes), and what the
 * construction meets when nobody's weekly hours count. The planning benchmark's instances: 2,000 generated employees.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@cohort-diagnosis [-Dcouncils=ashfield-mansfield,cambridge-city]
 * [-Dbudgets=600000] [-Dseconds=0]} (seconds above 0: the solver's plan is described too).
 */
public final class CohortDiagnosis {

    /** A hard limit that keeps a need off a session. */
    private enum Limit { FULL, BUDGET, TRAINER_OR_ROOM, PERSON }

    public static void main(String[] args) {
        GeneratedCohorts cohorts = new GeneratedCohorts();
        CohortPlanner planner = cohorts.planner();
        int seconds = Integer.getInteger("seconds", 0);
        for (String frameworkId : System.getProperty("councils", "ashfield-mansfield,cambridge-city").split(",")) {
            List<EmployeeFindings> findings = cohorts.findings(frameworkId, 2000);
            for (String budget : System.getProperty("budgets", "600000").split(",")) {
                long pounds = Long.parseLong(budget);
                System.out.printf("%s £%,d: LP bound %,.0f, with twice the budget %,.0f%n", frameworkId, pounds,
                        LpBound.valueMet(cohorts.problem(frameworkId, findings, pounds)),
                        LpBound.valueMet(cohorts.problem(frameworkId, findings, 2 * pounds)));
                describe("construction", ValuePerPoundGreedy.plan(cohorts.problem(frameworkId, findings, pounds)));
                CohortPlan anyHours = cohorts.problem(frameworkId, findings, pounds);
                List<Need> uncapped = anyHours.getNeeds().stream().map(n -> new Need(n.getId(), n.getEmployeeId(),
                        n.getUnit(), n.getCompetencyId(), n.getRequiredRank(), n.getValue(), Double.MAX_VALUE,
                        n.getOptions())).collect(Collectors.toList());
                describe("construction, nobody's weekly hours counted", ValuePerPoundGreedy.plan(new CohortPlan(
                        anyHours.getBudget(), anyHours.getSessions(), anyHours.getWeeks(), uncapped)));
                if (seconds > 0) {
                    describe("solver, " + seconds + " s", planner.solve(cohorts.problem(frameworkId, findings, pounds),
                            SolverFactory.create(CohortPlanner.solverConfig(new TerminationConfig()
                                    .withSpentLimit(Duration.ofSeconds(seconds)))), s -> { }));
                }
            }
        }
    }

    private static void describe(String name, CohortPlan plan) {
        Bookings bookings = Bookings.of(plan);
        Map<CohortSession, Long> attendees = plan.getNeeds().stream().filter(Need::isBooked)
                .collect(Collectors.groupingBy(Need::getSession, Collectors.counting()));
        System.out.printf("  %s: meets %,d (%,d needs), £%,d left, %d of %d sessions run (%d full), %,d of their %,d"
                + " places taken%n", name, plan.getNeeds().stream().filter(Need::isBooked).mapToLong(Need::getValue).sum(),
                attendees.values().stream().mapToLong(Long::longValue).sum(), bookings.left(), attendees.size(),
                plan.getSessions().size(), attendees.entrySet().stream().filter(e -> e.getValue() >= e.getKey().capacity())
                        .count(), attendees.values().stream().mapToLong(Long::longValue).sum(),
                attendees.keySet().stream().mapToLong(CohortSession::capacity).sum());
        Map<String, long[]> unmet = new TreeMap<>();
        for (Need need : plan.getNeeds()) {
            if (need.isBooked() || need.getOptions().isEmpty()) {
                continue;
            }
            Set<Limit> least = null;
            for (CohortSession session : need.getOptions()) {
                Set<Limit> broken = EnumSet.noneOf(Limit.class);
                if (bookings.placesLeft(session) <= 0) {
                    broken.add(Limit.FULL);
                }
                if (bookings.marginalCost(session) > bookings.left()) {
                    broken.add(Limit.BUDGET);
                }
                if (!bookings.fitsTrainer(session)) {
                    broken.add(Limit.TRAINER_OR_ROOM);
                }
                if (!bookings.fitsAttendee(need, session)) {
                    broken.add(Limit.PERSON);
                }
                if (least == null || broken.size() < least.size()) {
                    least = broken;
                }
            }
            long[] tally = unmet.computeIfAbsent(least.toString(), k -> new long[2]);
            tally[0]++;
            tally[1] += need.getValue();
        }
        unmet.forEach((limits, tally) -> System.out.printf("    unmet, every session blocked by at least %s: %,d needs"
                + " worth %,d%n", limits, tally[0], tally[1]));
    }
}
