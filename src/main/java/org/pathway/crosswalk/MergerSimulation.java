package org.pathway.crosswalk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.pathway.analysis.Analysis;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.TranslatedEvidence;
import org.pathway.analysis.Verdict;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.Employee;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.pathway.workforce.WorkforceAnalyser;

/**
 * What a merger would do to readiness: every employee is judged for their current role under their own framework,
 * then under the merged council's framework, for the role theirs corresponds to (the suggested rung), with their
 * evidence carried along the agreed crosswalk links ({@link EvidenceTranslator}) and weighed by the rules. Each person
 * keeps their verdict, gains, loses, or has too little translated evidence to be judged; the report counts them per
 * unit and per role, explains each change by the rule that decided it and the links its evidence came through, and
 * gives the training needs of the merged council (each competency of the merged framework with the people short of it).
 */
public final class MergerSimulation {


    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private final ReadinessEngine engine;
    private final CrosswalkSuggester suggester;
    private final EvidenceTranslator translator;
    private final Executor threads;

    /** @param threads where employees are judged, in batches (the analysis threads, whose class loader sees the rules) */
    public MergerSimulation(FrameworkCatalogue frameworks, RoleCatalogue roles, ReadinessEngine engine,
            CrosswalkSuggester suggester, Executor threads) {
        this.threads = threads;
        this.frameworks = frameworks;
        this.roles = roles;
        this.engine = engine;
        this.suggester = suggester;
        this.translator = new EvidenceTranslator(frameworks, suggester);
    }

    /** How one person's verdict fares in the merger. */
    public enum Outcome {
        KEEP, GAIN, LOSE, TOO_LITTLE_TRANSLATED_EVIDENCE
    }

    /** One person: their verdict before and after, the rule behind the new one and the links their evidence took. */
    public record Change(String employeeId, String name, String unit, String fromFramework, String fromRole,
            String toRole, Verdict before, Verdict after, Outcome outcome, String rule, List<String> links) {
    }

    /** How many keep, gain, lose or have too little translated evidence, in one unit or role. */
    public record Tally(String name, int keep, int gain, int lose, int tooLittle) {

        Tally plus(Outcome outcome) {
            return new Tally(name, keep + (outcome == Outcome.KEEP ? 1 : 0), gain + (outcome == Outcome.GAIN ? 1 : 0),
                    lose + (outcome == Outcome.LOSE ? 1 : 0),
                    tooLittle + (outcome == Outcome.TOO_LITTLE_TRANSLATED_EVIDENCE ? 1 : 0));
        }
    }

    /** A training need of the merged council: a competency, how many people fall short of it, their summed gap. */
    public record Need(String competencyId, String competency, int people, double gap) {
    }

    public record Report(String into, LocalDate asOf, int employees, List<Tally> byUnit, List<Tally> byRole,
            List<Change> changes, List<Need> trainingNeeds) {
    }

    /**
     * @param crosswalkFrom the crosswalk in use from a framework to {@code into} (its agreed links carry evidence)
     */
    public Report simulate(List<Employee> employees, String into, Function<String, Crosswalk> crosswalkFrom,
            LocalDate asOf) {
        return simulate(employees, into, crosswalkFrom, asOf, judged -> { });
    }

    /** As above, telling {@code progress} how many people have been judged so far after each chunk of them. */
    public Report simulate(List<Employee> employees, String into, Function<String, Crosswalk> crosswalkFrom,
            LocalDate asOf, IntConsumer progress) {
        Framework merged = frameworks.get(into);
        Map<String, Map<String, String>> rungs = new HashMap<>();
        Map<String, Crosswalk> crosswalks = new HashMap<>();
        for (String from : employees.stream().map(Employee::frameworkId).distinct().toList()) {
            if (!from.equals(into)) {
                Map<String, String> rung = new HashMap<>();
                suggester.rungs(from, into).forEach(r -> rung.put(r.fromRole(), r.toRole()));
                rungs.put(from, rung);
                crosswalks.put(from, crosswalkFrom.apply(from));
            }
        }
        List<Judged> judged = WorkforceAnalyser.inBatches(employees, e -> judge(e, into, rungs, crosswalks, asOf),
                threads, (done, total) -> progress.accept(done)).join();
        Map<String, Tally> byUnit = new TreeMap<>();
        Map<String, Tally> byRole = new TreeMap<>();
        Map<String, double[]> needs = new TreeMap<>();
        for (Judged j : judged) {
            Change c = j.change();
            byUnit.merge(c.unit(), new Tally(c.unit(), 0, 0, 0, 0).plus(c.outcome()), MergerSimulation::add);
            String role = roles.get(into, c.toRole()).title();
            byRole.merge(role, new Tally(role, 0, 0, 0, 0).plus(c.outcome()), MergerSimulation::add);
            j.after().requirementResults().stream().filter(r -> r.gap() > 0).forEach(r -> {
                double[] need = needs.computeIfAbsent(r.competencyId(), k -> new double[2]);
                need[0]++;
                need[1] += r.gap();
            });
        }
        List<Need> trainingNeeds = needs.entrySet().stream().map(n -> new Need(n.getKey(),
                merged.competency(n.getKey()).map(Competency::name).orElse(n.getKey()), (int) n.getValue()[0],
                Math.round(n.getValue()[1] * 100) / 100.0))
                .sorted(Comparator.comparingDouble(Need::gap).reversed()).toList();
        return new Report(into, asOf, employees.size(), List.copyOf(byUnit.values()), List.copyOf(byRole.values()),
                judged.stream().map(Judged::change).filter(c -> c.outcome() != Outcome.KEEP).toList(), trainingNeeds);
    }

    private record Judged(Change change, Analysis after) {
    }

    private Judged judge(Employee employee, String into, Map<String, Map<String, String>> rungs,
            Map<String, Crosswalk> crosswalks, LocalDate asOf) {
        RoleProfile own = roles.get(employee.frameworkId(), employee.currentRoleId());
        Analysis before = engine.analyse(employee, List.of(own), asOf);
        Verdict was = before.readinessFor(own.id()).orElseThrow().verdict();
        String unit = employee.unit() == null ? "(no unit)" : employee.unit().directorate();
        if (employee.frameworkId().equals(into)) {
            return new Judged(new Change(employee.id(), employee.name(), unit, into, own.id(), own.id(), was, was,
                    Outcome.KEEP, before.readinessFor(own.id()).orElseThrow().rule(), List.of()), before);
        }
        String roleThere = rungs.get(employee.frameworkId()).get(own.id());
        EvidenceTranslator.Translated translated = translator.translate(employee, crosswalks.get(employee.frameworkId()),
                roleThere);
        Analysis after = engine.analyseTranslated(translated.employee(), List.of(roles.get(into, roleThere)), asOf,
                translated.origins());
        var readiness = after.readinessFor(roleThere).orElseThrow();
        Outcome outcome = outcome(was, readiness.verdict(), translated, employee);
        List<String> links = after.translated().stream().map(TranslatedEvidence::explanation).distinct().sorted()
                .toList();
        return new Judged(new Change(employee.id(), employee.name(), unit, employee.frameworkId(), own.id(), roleThere,
                was, readiness.verdict(), outcome, readiness.rule(), links), after);
    }

    private static Outcome outcome(Verdict before, Verdict after, EvidenceTranslator.Translated translated,
            Employee employee) {
        boolean nothingTravelled = translated.origins().isEmpty() && !employee.evidence().isEmpty();
        if (after == Verdict.INSUFFICIENT_EVIDENCE && before != Verdict.INSUFFICIENT_EVIDENCE
                || nothingTravelled && before != after) {
            return Outcome.TOO_LITTLE_TRANSLATED_EVIDENCE;
        }
        if (rank(after) == rank(before)) {
            return Outcome.KEEP;
        }
        return rank(after) < rank(before) ? Outcome.GAIN : Outcome.LOSE;
    }

    /** READY_NOW first; insufficient evidence below not yet, as it is no verdict at all. */
    private static int rank(Verdict verdict) {
        return verdict.ordinal();
    }

    private static Tally add(Tally a, Tally b) {
        return new Tally(a.name(), a.keep() + b.keep(), a.gain() + b.gain(), a.lose() + b.lose(),
                a.tooLittle() + b.tooLittle());
    }
}
