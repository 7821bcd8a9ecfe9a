package org.pathway.planning.cohort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.pathway.activity.Activity;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.activity.ActivityType;
import org.pathway.activity.Session;
import org.pathway.framework.Framework;
import org.pathway.planning.PlanLimits;
import org.pathway.planning.SessionSlot;
import org.pathway.planning.Week;
import org.pathway.role.RoleCatalogue;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.UnitLevel;

/**
 * Builds a cohort planning problem from a workforce's findings (each employee's gaps for their role and the role
 * above) and the activity catalogue, and solves it: which sessions run, who attends, within the budget.
 */
public final class CohortPlanner {

    private static final Set<ActivityType> LED_BY_TRAINER = EnumSet.of(ActivityType.COURSE, ActivityType.WORKSHOP,
            ActivityType.ACTION_LEARNING, ActivityType.QUALIFICATION);

    private final ActivityCatalogue activities;
    private final RoleCatalogue roles;

    public CohortPlanner(ActivityCatalogue activities, RoleCatalogue roles) {
        this.activities = activities;
        this.roles = roles;
    }

    public static SolverFactory<CohortPlan> solverFactory(Duration limit, Duration unimproved) {
        return SolverFactory.create(solverConfig(new TerminationConfig().withSpentLimit(limit)
                .withUnimprovedSpentLimit(unimproved)));
    }

    /**
     * The value-per-pound greedy as the warm start, its unmet needs then booked by chains of moves where a chain finds
     * them a place ({@link BookingChains}; custom phases: with thousands of needs the search then spends its time
     * improving a good plan instead of building one), then late acceptance over four kinds of move, chosen in
     * proportion to how many each has: book a need nobody is booked for yet, change any booking, free budget
     * ({@link BudgetFreeingMoves}), make room on a full session or in a busy week ({@link MakeRoomMoves}).
     */
    public static SolverConfig solverConfig(TerminationConfig termination) {
        return new SolverConfig()
                .withSolutionClass(CohortPlan.class)
                .withEntityClasses(Need.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(CohortPlanConstraints.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(
                                List.of(ValuePerPoundGreedy.class, BookingChains.class)),
                        new LocalSearchPhaseConfig()
                            .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                    new ChangeMoveSelectorConfig().withEntitySelectorConfig(
                                            new EntitySelectorConfig(Need.class).withFilterClass(UnmetNeedFilter.class)),
                                    new ChangeMoveSelectorConfig(),
                                    new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(BudgetFreeingMoves.class),
                                    new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(MakeRoomMoves.class)))
                            .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(200))
                            .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4)))
                .withTerminationConfig(termination);
    }

    /**
     * The problem for one framework's workforce: a need per employee and competency short for their role or the role
     * above (at the higher level asked), the sessions from {@code start} that close them within {@code horizonWeeks}.
     */
    public CohortPlan problem(Framework framework, List<EmployeeFindings> workforce, LocalDate start, int horizonWeeks,
            long budget) {
        List<CohortSession> sessions = sessions(framework, start, horizonWeeks);
        List<Need> needs = new ArrayList<>();
        for (EmployeeFindings person : workforce) {
            if (!person.frameworkId().equals(framework.id())) {
                continue;
            }
            for (EmployeeFindings.GapFinding gap : gaps(person).values()) {
                List<CohortSession> options = sessions.stream().filter(s -> closes(s, gap)).toList();
                needs.add(new Need(person.employeeId() + "/" + gap.competencyId(), person.employeeId(),
                        UnitLevel.SERVICE.nameOf(person.unit()), gap.competencyId(), gap.requiredRank(),
                        Math.round(gap.weight() * gap.gap() * 1000),
                        PlanLimits.defaultHoursPerWeek(person.contractedHours()), options));
            }
        }
        List<Week> weeks = new ArrayList<>();
        for (int w = 0; w < horizonWeeks; w++) {
            weeks.add(new Week(w));
        }
        return new CohortPlan(new CohortBudget(budget), sessions, weeks, needs);
    }

    /** Solves the problem, keeping any bookings it already holds (see {@link #solverConfig}). */
    public CohortPlan solve(CohortPlan problem, SolverFactory<CohortPlan> factory,
            Consumer<HardMediumSoftLongScore> progress) {
        Solver<CohortPlan> solver = factory.buildSolver();
        solver.addEventListener(event -> progress.accept(event.getNewBestSolution().getScore()));
        return solver.solve(problem);
    }

    /** The person's gaps for their role and the roles directly above, one per competency at the highest level asked. */
    private Map<String, EmployeeFindings.GapFinding> gaps(EmployeeFindings person) {
        Map<String, EmployeeFindings.GapFinding> gaps = new LinkedHashMap<>();
        List<String> relevant = new ArrayList<>(List.of(person.currentRoleId()));
        relevant.addAll(roles.get(person.frameworkId(), person.currentRoleId()).nextRoleIds());
        for (String roleId : relevant) {
            person.finding(roleId).ifPresent(finding -> finding.gaps().forEach(gap -> gaps.merge(gap.competencyId(), gap,
                    (a, b) -> b.requiredRank() > a.requiredRank() || b.requiredRank() == a.requiredRank()
                            && b.weight() * b.gap() > a.weight() * a.gap() ? b : a)));
        }
        return gaps;
    }

    /** A session of the level the gap requires: never a more senior level's (a Chief Executive workshop is not for a
     * Service Director), nor a junior one's. */
    private static boolean closes(CohortSession session, EmployeeFindings.GapFinding gap) {
        return session.competencyId().equals(gap.competencyId()) && session.reachesRank() == gap.requiredRank();
    }

    private List<CohortSession> sessions(Framework framework, LocalDate start, int horizonWeeks) {
        List<CohortSession> sessions = new ArrayList<>();
        for (Activity activity : activities.activitiesOf(framework.id())) {
            var develops = activity.develops().get(0);
            int reaches = develops.levelId() == null ? 0
                    : framework.scale().level(develops.levelId()).orElseThrow().rank();
            for (Session session : activity.sessions()) {
                SessionSlot slot = SessionSlot.of(start, session.id(), activity.id(), session.start(), session.weeks(),
                        activity.hours() / session.weeks(), session.capacity(), session.facilitator());
                if (slot.startWeek() < 0 || slot.endWeek() > horizonWeeks) {
                    continue;
                }
                sessions.add(new CohortSession(slot, activity.id(), activity.title(), develops.competencyId(), reaches,
                        session.capacity(), Math.round(activity.sessionCost()), Math.round(activity.costPerAttendee()),
                        LED_BY_TRAINER.contains(activity.type()), session.location()));
            }
        }
        return sessions;
    }
}
