package org.pathway.domain;

import java.time.Duration;
import org.optaplanner.core.api.solver.SolverFactory;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.crosswalk.CrosswalkCatalogue;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.ReadinessReports;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.planning.cohort.CohortPlans;
import org.pathway.planning.individual.IndividualPlan;
import org.pathway.planning.individual.IndividualPlanner;
import org.pathway.role.RoleCatalogue;
import org.pathway.rules.RuleBaseHolder;
import org.pathway.workforce.AnalysisThreads;
import org.pathway.workforce.PolicyImpact;
import org.pathway.workforce.SuccessionPipeline;
import org.pathway.workforce.TrainingNeedsAnalysis;
import org.pathway.workforce.WorkforceAnalyser;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The service's view of the {@link Domain}: its parts as beans, all built at start, so that the service does not start
 * on broken datasets or rules (the rules compile while the rest starts, and the service is ready once they are in use). The plan solver is defined here rather than by optaplanner-spring-boot-starter, which
 * does not run on Spring Boot 4: a plan job searches for at most 30 s, or until 3 s pass without a better plan.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PathwayProperties.class)
class DomainConfiguration {

    /** The domain, its rules already compiling on a thread of their own while the rest of the service starts. */
    @Bean
    Domain domain(PathwayProperties properties, ApplicationEventPublisher events) {
        Domain domain = Domain.forService(properties, events::publishEvent);
        domain.ruleBase();
        return domain;
    }

    /**
     * Holds the service back from reporting ready (and from starting at all, on rules that do not compile or fail
     * their trial) until its first rules are in use.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void rulesInUseBeforeTraffic(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(RuleBaseHolder.class).get();
    }

    @Bean
    FrameworkCatalogue frameworkCatalogue(Domain domain) {
        return domain.frameworks();
    }

    @Bean
    RoleCatalogue roleCatalogue(Domain domain) {
        return domain.roles();
    }

    @Bean
    ActivityCatalogue activityCatalogue(Domain domain) {
        return domain.activities();
    }

    @Bean
    CrosswalkCatalogue crosswalkCatalogue(Domain domain) {
        return domain.crosswalks();
    }

    @Bean
    RuleBaseHolder ruleBaseHolder(Domain domain) {
        return domain.ruleBase();
    }

    @Bean
    ReadinessEngine readinessEngine(Domain domain) {
        return domain.engine();
    }

    @Bean
    ReadinessReports readinessReports(Domain domain) {
        return domain.reports();
    }

    /** Closed with the service; not an {@code Executor} bean, which would replace Spring's own task executor. */
    @Bean
    AnalysisThreads analysisThreads(Domain domain) {
        return domain.analysisThreads();
    }

    @Bean
    WorkforceAnalyser workforceAnalyser(Domain domain) {
        return domain.workforceAnalyser();
    }

    @Bean
    IndividualPlanner individualPlanner(Domain domain) {
        return domain.individualPlanner();
    }

    @Bean
    CohortPlans cohortPlans(Domain domain) {
        return domain.cohortPlans();
    }

    @Bean
    TrainingNeedsAnalysis trainingNeedsAnalysis(Domain domain) {
        return domain.trainingNeeds();
    }

    @Bean
    SuccessionPipeline successionPipeline(Domain domain) {
        return domain.succession();
    }

    @Bean
    PolicyImpact policyImpact(Domain domain) {
        return domain.policyImpact();
    }

    /** Built on the first plan asked for, not at start: building it takes about a second of the start's CPU. */
    @Bean
    @Lazy
    SolverFactory<IndividualPlan> individualPlanSolverFactory() {
        return IndividualPlanner.solverFactory(Duration.ofSeconds(30), Duration.ofSeconds(3));
    }
}
