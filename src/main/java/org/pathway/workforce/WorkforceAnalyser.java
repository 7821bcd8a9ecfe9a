package org.pathway.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.pathway.analysis.Analysis;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.Readiness;
import org.pathway.analysis.RequirementResult;
import org.pathway.people.Employee;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;

/**
 * Runs the readiness rules over a whole workforce, each employee against their current role and every role up the
 * ladder from it, in batches on the shared analysis threads, reporting progress; keeps only the
 * {@link EmployeeFindings} the views need.
 */
public final class WorkforceAnalyser {

    /** Told how many employees are done, of how many. */
    public interface Progress {
        void update(int done, int total);

        /** Progress nobody watches. */
        Progress NONE = (done, total) -> { };
    }

    private static final int BATCH = 100;

    private final ReadinessEngine engine;
    private final RoleCatalogue roles;
    private final Executor threads;

    /** Analyses run on {@code threads}: the process's {@link AnalysisThreads}, or the caller's ({@code Runnable::run}). */
    public WorkforceAnalyser(ReadinessEngine engine, RoleCatalogue roles, Executor threads) {
        this.engine = engine;
        this.roles = roles;
        this.threads = threads;
    }

    /** Everyone's findings, in the order given; waits for them. */
    public List<EmployeeFindings> analyse(List<Employee> employees, LocalDate asOf, Progress progress) {
        try {
            return start(employees, asOf, progress).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** Starts analysing everyone in batches on the shared threads; the findings come in the order given. */
    public CompletableFuture<List<EmployeeFindings>> start(List<Employee> employees, LocalDate asOf,
            Progress progress) {
        return inBatches(employees, employee -> findings(employee, asOf), threads, progress);
    }

    /** {@code work} done for everyone in batches on {@code threads}; the results come in the order given. */
    public static <T> CompletableFuture<List<T>> inBatches(List<Employee> employees, Function<Employee, T> work,
            Executor threads, Progress progress) {
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<List<T>>> batches = new ArrayList<>();
        for (int from = 0; from < employees.size(); from += BATCH) {
            List<Employee> batch = employees.subList(from, Math.min(employees.size(), from + BATCH));
            batches.add(CompletableFuture.supplyAsync(() -> {
                List<T> results = new ArrayList<>(batch.size());
                batch.forEach(employee -> results.add(work.apply(employee)));
                progress.update(done.addAndGet(batch.size()), employees.size());
                return results;
            }, threads));
        }
        return CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).thenApply(all -> batches.stream()
                .flatMap(batch -> batch.join().stream()).toList());
    }

    /** One employee's findings for their current role and every role above it on the ladder. */
    public EmployeeFindings findings(Employee employee, LocalDate asOf) {
        List<RoleProfile> targets = currentAndAbove(roles, employee);
        Analysis analysis = engine.analyse(employee, targets, asOf);
        List<EmployeeFindings.RoleFinding> findings = new ArrayList<>(targets.size());
        for (RoleProfile role : targets) {
            Readiness readiness = analysis.readinessFor(role.id()).orElseThrow();
            Map<String, RequirementResult> results = new HashMap<>();
            analysis.resultsFor(role.id()).forEach(r -> results.put(r.competencyId(), r));
            // in the role profile's order, so that findings do not depend on the order the rules concluded in
            List<EmployeeFindings.GapFinding> gaps = role.requirements().stream()
                    .map(requirement -> results.get(requirement.competencyId()))
                    .filter(r -> !r.met())
                    .map(WorkforceAnalyser::gap)
                    .toList();
            findings.add(new EmployeeFindings.RoleFinding(role.id(), readiness.verdict(), readiness.score(),
                    readiness.rule(), gaps));
        }
        return new EmployeeFindings(employee.id(), employee.name(), employee.frameworkId(), employee.currentRoleId(),
                employee.unit(), employee.contractedHours(), List.copyOf(findings), analysis.redFlags().size(),
                analysis.decidedUnder(), employee.managerId(),
                EvidenceProfile.of(employee.evidence(), asOf, engine.policy().recencyMonths()),
                employee.expectedLeavingOn());
    }

    private static EmployeeFindings.GapFinding gap(RequirementResult result) {
        return new EmployeeFindings.GapFinding(result.competencyId(), result.requirement().requiredRank(),
                result.essential(), result.weight(), result.gap());
    }

    /** The roles a workforce view judges an employee for: their current role and every role above it. */
    static List<RoleProfile> currentAndAbove(RoleCatalogue roles, Employee employee) {
        List<RoleProfile> targets = new ArrayList<>();
        targets.add(roles.get(employee.frameworkId(), employee.currentRoleId()));
        targets.addAll(roles.rolesAbove(employee.frameworkId(), employee.currentRoleId()));
        return targets;
    }
}
