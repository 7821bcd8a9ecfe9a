package org.pathway.planning;

import java.time.Duration;
import java.util.UUID;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.planning.individual.IndividualPlan;
import org.pathway.planning.individual.IndividualPlanner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The service's planner and its solver, defined here rather than by optaplanner-spring-boot-starter, which does not
 * run on Spring Boot 4. A plan job searches for at most 30 s, or until 3 s pass without a better plan.
 */
@Configuration
@Profile("!cli")
class PlanningConfiguration {

    @Bean
    SolverFactory<IndividualPlan> individualPlanSolverFactory() {
        return IndividualPlanner.solverFactory(Duration.ofSeconds(30), Duration.ofSeconds(3));
    }

    @Bean(destroyMethod = "close")
    SolverManager<IndividualPlan, UUID> individualPlanSolverManager(SolverFactory<IndividualPlan> factory) {
        return SolverManager.create(factory);
    }

    @Bean
    IndividualPlanner individualPlanner(FrameworkCatalogue frameworks, ActivityCatalogue activities,
            ReadinessEngine engine) {
        return new IndividualPlanner(frameworks, activities, engine);
    }
}
