package org.pathway.planning.cohort;

import org.pathway.TestCatalogues;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.rules.RuleHarness;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.WorkforceAnalyser;
import org.pathway.synthetic.WorkforceGenerator;

class CohortPlannerTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 30);
    private static final FrameworkCatalogue FRAMEWORKS = TestCatalogues.FRAMEWORKS;
    private static final RoleCatalogue ROLES = TestCatalogues.ROLES;
    private static final ActivityCatalogue ACTIVITIES = TestCatalogues.ACTIVITIES;

    static CohortPlan problem(String frameworkId, int employees, long budget) {
        Framework framework = FRAMEWORKS.get(frameworkId);
        ReadinessEngine engine = new ReadinessEngine(RuleHarness::rules, FRAMEWORKS, ROLES);
        List<EmployeeFindings> findings = new WorkforceAnalyser(engine, ROLES, Runnable::run).analyse(
                new WorkforceGenerator(framework, ROLES.rolesOf(frameworkId)).generate(employees, 5, START), START,
                WorkforceAnalyser.Progress.NONE);
        return new CohortPlanner(ACTIVITIES, ROLES).problem(framework, findings, START, 52, budget);
    }

    @Test
    void aGeneratedCouncilGetsAFeasibleCohortPlanMeetingAsMuchNeedAsGreedy() {
        CohortPlan problem = problem("ashfield-mansfield", 120, 20_000);
        long greedyUnmet = CohortGreedy.plan(problem("ashfield-mansfield", 120, 20_000)).getNeeds().stream()
                .filter(n -> !n.isBooked()).mapToLong(Need::getValue).sum();
        // stop on a score (feasible, and no more need left unmet than greedy leaves), not on a clock
        SolverFactory<CohortPlan> factory = SolverFactory.create(CohortPlanner.solverConfig(new TerminationConfig()
                .withBestScoreLimit("0hard/-" + greedyUnmet + "medium/*soft").withSpentLimit(Duration.ofSeconds(120))));

        CohortPlan solved = new CohortPlanner(ACTIVITIES, ROLES).solve(problem, factory, score -> { });

        assertThat(CohortChecker.breaches(solved)).isEmpty();
        assertThat(solved.getScore().isFeasible()).isTrue();
        assertThat(-solved.getScore().mediumScore()).isLessThanOrEqualTo(greedyUnmet);
        assertThat(solved.getNeeds().stream().filter(Need::isBooked).count()).isPositive();
    }

    @Test
    void aNeedIsOfferedOnlySessionsOfTheLevelItRequiresNeverAMoreSeniorOne() {
        // issue 12, question 10: a Chief Executive workshop closed a Service Director gap
        for (String frameworkId : List.of("chief-officers-appendix-2", "ashfield-mansfield")) {
            assertThat(problem(frameworkId, 30, 10_000).getNeeds()).allSatisfy(need -> assertThat(need.getOptions())
                    .allSatisfy(option -> assertThat(option.reachesRank()).isEqualTo(need.getRequiredRank())));
        }
    }

    @Test
    void theGreedyBaselineKeepsEveryLimitAndItsScoreAgreesWithTheChecker() {
        CohortPlan greedy = CohortGreedy.plan(problem("slough-leadership", 80, 5_000));
        SolutionManager<CohortPlan, HardMediumSoftLongScore> scores = SolutionManager.create(SolverFactory.create(
                CohortPlanner.solverConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(1)))));
        HardMediumSoftLongScore score = scores.update(greedy);

        assertThat(CohortChecker.breaches(greedy)).isEmpty();
        assertThat(score.hardScore()).isZero();
        assertThat(greedy.getNeeds().stream().filter(Need::isBooked).count()).isPositive();
    }
}
