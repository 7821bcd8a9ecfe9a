package org.pathway.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.activity.ActivityLoader;
import org.pathway.crosswalk.CrosswalkCatalogue;
import org.pathway.crosswalk.CrosswalkLoader;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.ReadinessReports;
import org.pathway.analysis.SampleAnalysesTrial;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkLoader;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeReader;
import org.pathway.people.WorkforceFiles;
import org.pathway.planning.cohort.CohortPlans;
import org.pathway.planning.individual.IndividualPlanner;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.pathway.rules.RuleBaseHolder;
import org.pathway.rules.RuleBaseTrial;
import org.pathway.rules.RuleCompiler;
import org.pathway.rules.RulesReloaded;
import org.pathway.workforce.AnalysisThreads;
import org.pathway.workforce.PolicyImpact;
import org.pathway.workforce.SuccessionPipeline;
import org.pathway.workforce.TrainingNeedsAnalysis;
import org.pathway.workforce.WorkforceAnalyser;

/**
 * Pathway's domain assembled from its datasets and rules: the one place where the frameworks, role profiles,
 * activities, rule base, readiness engine, workforce views and planners are built and wired. The service exposes its
 * parts as beans ({@link DomainConfiguration}); the command line uses it directly, without Spring. Each part is built
 * when first asked for, so {@code frameworks} never compiles the rules; loading fails on broken datasets or rules with
 * every problem's file and pointer or line.
 */
public final class Domain {

    private final PathwayProperties properties;
    private final Lazy<FrameworkCatalogue> frameworks;
    private final Lazy<RoleCatalogue> roles;
    private final Lazy<ActivityCatalogue> activities;
    private final Lazy<CrosswalkCatalogue> crosswalks;
    private final Lazy<RuleBaseHolder> rules;
    private final Lazy<ReadinessEngine> engine;
    private final Lazy<ReadinessReports> reports;
    private final Lazy<AnalysisThreads> analysisThreads;
    private final Lazy<WorkforceAnalyser> workforceAnalyser;
    private final Lazy<IndividualPlanner> individualPlanner;
    private final Lazy<CohortPlans> cohortPlans;
    private final Lazy<TrainingNeedsAnalysis> trainingNeeds;
    private final Lazy<SuccessionPipeline> succession;
    private final Lazy<PolicyImpact> policyImpact;

    /** A domain for one run of a command: rules are used once they compile, and nobody listens to its events. */
    public static Domain forCommand(PathwayProperties properties) {
        return new Domain(properties, event -> { }, false);
    }

    /**
     * A domain for the service: rules are used only once they compile and run on the sample employees, at start and
     * on every reload; the first compilation runs on a thread of its own, while the service starts. Events (such as
     * {@link RulesReloaded}) go to {@code events}.
     */
    public static Domain forService(PathwayProperties properties, Consumer<Object> events) {
        return new Domain(properties, events, true);
    }

    private Domain(PathwayProperties properties, Consumer<Object> events, boolean tryRules) {
        this.properties = properties;
        frameworks = new Lazy<>(() -> new FrameworkLoader().load(properties.datasets()));
        roles = new Lazy<>(() -> new RoleLoader().load(properties.datasets(), frameworks()));
        activities = new Lazy<>(() -> new ActivityLoader().load(properties.datasets(), frameworks()));
        crosswalks = new Lazy<>(() -> new CrosswalkLoader().load(properties.datasets(), frameworks()));
        rules = new Lazy<>(() -> tryRules
                ? RuleBaseHolder.compilingInBackground(properties.rules(), properties.policy(), new RuleCompiler(),
                        sampleAnalyses(), events::accept)
                : new RuleBaseHolder(properties.rules(), properties.policy(), new RuleCompiler(), RuleBaseTrial.NONE,
                        events::accept));
        engine = new Lazy<>(() -> new ReadinessEngine(ruleBase(), frameworks(), roles()));
        reports = new Lazy<>(() -> new ReadinessReports(frameworks(), roles()));
        analysisThreads = new Lazy<>(() -> new AnalysisThreads(Runtime.getRuntime().availableProcessors()));
        workforceAnalyser = new Lazy<>(() -> new WorkforceAnalyser(engine(), roles(), analysisThreads().executor()));
        individualPlanner = new Lazy<>(() -> new IndividualPlanner(frameworks(), activities(), engine()));
        cohortPlans = new Lazy<>(() -> new CohortPlans(frameworks(), activities(), roles()));
        trainingNeeds = new Lazy<>(() -> new TrainingNeedsAnalysis(frameworks(), roles()));
        succession = new Lazy<>(() -> new SuccessionPipeline(frameworks(), roles()));
        policyImpact = new Lazy<>(() -> new PolicyImpact(frameworks(), roles(), analysisThreads().executor()));
    }

    /** The trial new rules must pass: the hand-made sample employees in the datasets, analysed today. */
    public SampleAnalysesTrial sampleAnalyses() {
        return new SampleAnalysesTrial(frameworks(), roles(), this::sampleEmployees, LocalDate::now,
                properties.rules().toString());
    }

    /** The hand-made sample employees in the datasets' workforce folders, read afresh. */
    public List<Employee> sampleEmployees() {
        return WorkforceFiles.samples(properties.workforce()).stream()
                .flatMap(file -> employeeFiles().readAll(file).stream()).toList();
    }

    public PathwayProperties properties() {
        return properties;
    }

    public FrameworkCatalogue frameworks() {
        return frameworks.get();
    }

    public RoleCatalogue roles() {
        return roles.get();
    }

    public ActivityCatalogue activities() {
        return activities.get();
    }

    /** The crosswalks of {@code datasets/crosswalks/}: the shipped ones, suggested or agreed. */
    public CrosswalkCatalogue crosswalks() {
        return crosswalks.get();
    }

    /** The compiled rules in use, which an admin can reload. */
    public RuleBaseHolder ruleBase() {
        return rules.get();
    }

    public ReadinessEngine engine() {
        return engine.get();
    }

    public ReadinessReports reports() {
        return reports.get();
    }

    /** The one pool of threads, one per core, that runs workforce analyses. */
    public AnalysisThreads analysisThreads() {
        return analysisThreads.get();
    }

    /** Analyses whole workforces on {@link #analysisThreads()}. */
    public WorkforceAnalyser workforceAnalyser() {
        return workforceAnalyser.get();
    }

    /** Reads employee and workforce files, checked against the frameworks and role profiles. */
    public EmployeeReader employeeFiles() {
        return new EmployeeReader(frameworks(), roles());
    }

    public IndividualPlanner individualPlanner() {
        return individualPlanner.get();
    }

    public CohortPlans cohortPlans() {
        return cohortPlans.get();
    }

    public TrainingNeedsAnalysis trainingNeeds() {
        return trainingNeeds.get();
    }

    public SuccessionPipeline succession() {
        return succession.get();
    }

    /** What a proposed policy and rules version would change, worked out on {@link #analysisThreads()}. */
    public PolicyImpact policyImpact() {
        return policyImpact.get();
    }
}
