package org.pathway.planning.individual;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.pathway.activity.Activity;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.activity.Development;
import org.pathway.activity.Session;
import org.pathway.analysis.Analysis;
import org.pathway.analysis.Attainment;
import org.pathway.policy.Policy;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.RequirementResult;
import org.pathway.people.Employee;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.planning.GapNeed;
import org.pathway.planning.GapNeeds;
import org.pathway.planning.PlanGap;
import org.pathway.planning.PlanLimits;
import org.pathway.planning.PlannedEvidence;
import org.pathway.planning.Prerequisite;
import org.pathway.planning.SessionSlot;
import org.pathway.planning.Week;

/**
 * Builds an employee's individual planning problem from their gaps for a role and the activity catalogue, and solves
 * it with OptaPlanner: which sessions of which activities, within budget, weekly hours and horizon.
 */
public final class IndividualPlanner {

    private final FrameworkCatalogue frameworks;
    private final ActivityCatalogue activities;
    private final ReadinessEngine engine;

    public IndividualPlanner(FrameworkCatalogue frameworks, ActivityCatalogue activities, ReadinessEngine engine) {
        this.frameworks = frameworks;
        this.activities = activities;
        this.engine = engine;
    }

    /** The solver, stopping after {@code seconds} or after {@code unimproved} without a better plan. */
    public static SolverFactory<IndividualPlan> solverFactory(Duration seconds, Duration unimproved) {
        return SolverFactory.create(solverConfig(new TerminationConfig()
                .withSpentLimit(seconds)
                .withUnimprovedSpentLimit(unimproved)));
    }

    /**
     * How plans are searched: small plans exhaustively ({@link ExhaustiveSearch}, a custom phase that proves the
     * optimum); larger ones by a construction heuristic, then tabu search over single changes and pairs of changes, so
     * that one activity can give way to another in one move. Local search alone missed the optimum on 4 of 50 small
     * plans in every run; tabu search over pairs matched it on 19 of 20, plain tabu search on 15.
     */
    public static SolverConfig solverConfig(TerminationConfig termination) {
        return new SolverConfig()
                .withSolutionClass(IndividualPlan.class)
                .withEntityClasses(PlannedActivity.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(IndividualPlanConstraints.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(ExhaustiveSearch.class)),
                        new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                new ChangeMoveSelectorConfig(),
                                new CartesianProductMoveSelectorConfig().withMoveSelectors(
                                        new ChangeMoveSelectorConfig(), new ChangeMoveSelectorConfig())))
                        .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(2))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000)))
                .withTerminationConfig(termination);
    }

    /**
     * The planning problem: the role's gaps and what closing each takes, the activities that help close them (at a
     * level each gap needs, covering behaviours it lacks) with their prerequisites, and their sessions.
     */
    public IndividualPlan problem(Employee employee, String roleId, LocalDate start, PlanLimits limits) {
        Framework framework = frameworks.get(employee.frameworkId());
        Analysis analysis = engine.analyse(employee, roleId, start);
        // what closing a gap takes is judged at the horizon's end: evidence that has left the window by then is gone
        Analysis atHorizon = engine.analyse(employee, roleId, start.plusWeeks(limits.horizonWeeks()));
        GapNeeds needs = new GapNeeds(framework, atHorizon);
        Map<String, RequirementResult> byHorizon = atHorizon.resultsFor(roleId).stream()
                .collect(Collectors.toMap(RequirementResult::competencyId, r -> r));
        PlannedEvidence expected = new PlannedEvidence(framework);
        List<PlanGap> gaps = analysis.resultsFor(roleId).stream().filter(r -> !r.met())
                .sorted(Comparator.comparing(RequirementResult::competencyId))
                .map(r -> gap(framework, r, needs.of(byHorizon.get(r.competencyId())))).toList();
        Map<String, Activity> chosen = new LinkedHashMap<>();
        Deque<Activity> toAdd = new ArrayDeque<>();
        for (Activity activity : activities.activitiesOf(framework.id())) {
            Development develops = activity.develops().get(0);
            Map<String, Double> evidence = expected.weights(develops, analysis.policy());
            if (gaps.stream().anyMatch(g -> g.competencyId().equals(develops.competencyId())
                    && g.need().helpedBy(rankOf(framework, develops), evidence))) {
                toAdd.add(activity);
            }
        }
        List<Prerequisite> prerequisites = new ArrayList<>();
        while (!toAdd.isEmpty()) {
            Activity activity = toAdd.pop();
            if (chosen.putIfAbsent(activity.id(), activity) != null) {
                continue;
            }
            for (String required : activity.prerequisiteIds()) {
                Activity prerequisite = activities.find(framework.id(), required).orElseThrow();
                if (!alreadyAttained(framework, analysis, prerequisite)) {
                    prerequisites.add(new Prerequisite(activity.id(), required));
                    toAdd.add(prerequisite);
                }
            }
        }
        List<PlannedActivity> candidates = chosen.values().stream()
                .map(a -> candidate(framework, a, start, expected, analysis.policy()))
                .filter(c -> !c.getSessionRange().isEmpty()).toList();
        List<Week> weeks = new ArrayList<>();
        for (int w = 0; w < limits.horizonWeeks(); w++) {
            weeks.add(new Week(w));
        }
        return new IndividualPlan(employee.id(), roleId, start, limits,
                new WeekOfReadiness(analysis.policy().poundsPerWeekOfReadiness()), gaps, prerequisites, weeks,
                new ArrayList<>(candidates));
    }

    /** Solves the problem; {@code progress} hears each new best score. */
    public IndividualPlan solve(IndividualPlan problem, SolverFactory<IndividualPlan> factory,
            Consumer<HardMediumSoftLongScore> progress) {
        Solver<IndividualPlan> solver = factory.buildSolver();
        solver.addEventListener(event -> progress.accept(event.getNewBestSolution().getScore()));
        return solver.solve(problem);
    }

    private PlannedActivity candidate(Framework framework, Activity activity, LocalDate start, PlannedEvidence expected,
            Policy policy) {
        Development develops = activity.develops().get(0);
        List<SessionSlot> slots = new ArrayList<>();
        for (Session session : activity.sessions()) {
            if (!session.start().isBefore(start)) {
                slots.add(SessionSlot.of(start, session.id(), activity.id(), session.start(), session.weeks(),
                        activity.hours() / session.weeks(), session.capacity(), session.facilitator()));
            }
        }
        return new PlannedActivity(activity.id(), activity.title(), activity.type(), develops,
                rankOf(framework, develops), expected.weights(develops, policy), activity.hours(),
                activity.placeCost(policy.planPaysSessionShare()), slots);
    }

    /** The rank of the level the activity develops; 0 on scales with no levels. */
    private static int rankOf(Framework framework, Development develops) {
        return develops.levelId() == null ? 0 : framework.scale().level(develops.levelId()).orElseThrow().rank();
    }

    private static boolean alreadyAttained(Framework framework, Analysis analysis, Activity prerequisite) {
        Development develops = prerequisite.develops().get(0);
        int rank = rankOf(framework, develops);
        return analysis.attainmentOf(develops.competencyId()).map(Attainment::rank).orElse(0) >= rank && rank > 0;
    }

    private static PlanGap gap(Framework framework, RequirementResult result, GapNeed need) {
        int rank = result.requirement().requiredRank();
        String name = framework.competency(result.competencyId()).map(Competency::name).orElse(result.competencyId());
        return new PlanGap(result.competencyId(), name, rank, rank == 0 ? "the share of its behaviours required"
                : framework.levelLabel(rank), result.essential(), result.weight(), result.gap(), need);
    }
}
