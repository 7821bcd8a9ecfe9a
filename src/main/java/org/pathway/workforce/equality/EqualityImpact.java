package org.pathway.workforce.equality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pathway.analysis.Verdict;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.Characteristic;
import org.pathway.people.Characteristics;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.UnitLevel;
import org.pathway.workforce.UnitScope;
import org.pathway.workforce.equality.EqualityReport.Cell;
import org.pathway.workforce.equality.EqualityReport.Figures;
import org.pathway.workforce.equality.EqualityReport.UnitRow;

/**
 * Works out the equality impact report from the findings read model and the council's protected characteristics:
 * the people are those with a role above theirs (whose readiness for the next role is judged), counted in the whole
 * council, each directorate, service and team, by group of each characteristic. Suppression ({@link SmallCells}) is
 * decided once over every unit at every level, so that no two views (a unit and its groups, a unit and the units
 * below it, one scope or breakdown and another) give away a figure about fewer than {@value #SMALLEST_GROUP} people.
 */
public final class EqualityImpact {

    /** No figure is shown about fewer people than this. */
    public static final int SMALLEST_GROUP = 10;
    /** A group whose ready-now rate is below this share of the most favoured group's is flagged. */
    public static final double FOUR_FIFTHS = 0.8;
    /** The group of every person, for a unit's total. */
    static final String ALL = "*";

    /** One cell of the council-wide table: a characteristic (null for a unit's total), a unit path, a group. */
    record Key(Characteristic characteristic, String unit, String group) {
    }

    private final FrameworkCatalogue frameworks;

    public EqualityImpact(FrameworkCatalogue frameworks) {
        this.frameworks = frameworks;
    }

    /**
     * The report for {@code scope}, broken down by {@code by}; {@code cohort} gives each person's places and spend in
     * the cohort plan, empty when there is none.
     */
    public EqualityReport report(List<EmployeeFindings> council, Map<String, Characteristics> characteristics,
            Map<String, CohortShare> cohort, UnitScope scope, UnitLevel by) {
        List<EmployeeFindings> judged = council.stream().filter(f -> f.nextRole().isPresent()).toList();
        Map<Key, List<EmployeeFindings>> cells = new HashMap<>();
        Map<String, Set<String>> children = new HashMap<>();
        for (EmployeeFindings person : judged) {
            List<String> units = unitsOf(person);
            for (int i = 1; i < units.size(); i++) {
                children.computeIfAbsent(units.get(i - 1), k -> new TreeSet<>()).add(units.get(i));
            }
            Characteristics own = characteristics.getOrDefault(person.employeeId(), Characteristics.NONE);
            for (String unit : units) {
                cells.computeIfAbsent(new Key(null, unit, ALL), k -> new ArrayList<>()).add(person);
                for (Characteristic c : Characteristic.values()) {
                    cells.computeIfAbsent(new Key(c, unit, own.groupOf(c)), k -> new ArrayList<>()).add(person);
                }
            }
        }
        Set<String> allUnits = new TreeSet<>();
        cells.keySet().forEach(k -> allUnits.add(k.unit()));
        Map<Key, Integer> counts = new HashMap<>();
        for (String unit : allUnits) {
            counts.put(new Key(null, unit, ALL), size(cells, new Key(null, unit, ALL)));
            for (Characteristic c : Characteristic.values()) {
                for (String group : groupsOf(c)) {
                    counts.put(new Key(c, unit, group), size(cells, new Key(c, unit, group)));
                }
            }
        }
        Set<Key> suppressed = SmallCells.suppressed(counts, relations(allUnits, children), SMALLEST_GROUP);

        String scopeUnit = String.join("/", scope.path());
        List<String> rows = new ArrayList<>();
        rows.add(scopeUnit);
        int depth = by.ordinal() + 1;
        allUnits.stream().filter(u -> !u.isEmpty() && depth(u) == depth && depth > depth(scopeUnit)
                && (scopeUnit.isEmpty() || u.toLowerCase().startsWith(scopeUnit.toLowerCase() + "/")))
                .forEach(rows::add);
        String matchedScope = allUnits.stream().filter(u -> u.equalsIgnoreCase(scopeUnit)).findFirst()
                .orElse(scopeUnit);
        rows.set(0, matchedScope);

        Table tables = new Table(cells, suppressed, cohort, new DisparityDrivers(frameworks, council));
        List<EqualityReport.Table> result = new ArrayList<>();
        for (Characteristic c : Characteristic.values()) {
            List<UnitRow> unitRows = rows.stream().map(unit -> tables.row(c, unit)).toList();
            result.add(new EqualityReport.Table(c, c.words(), unitRows));
        }
        return new EqualityReport(scope.toString(), by, SMALLEST_GROUP, FOUR_FIFTHS, !cohort.isEmpty(),
                EmployeeFindings.versionsOf(judged), result);
    }

    /** The figures of one council-wide table, with suppression decided. */
    private static final class Table {
        private final Map<Key, List<EmployeeFindings>> cells;
        private final Set<Key> suppressed;
        private final Map<String, CohortShare> cohort;
        private final DisparityDrivers drivers;

        Table(Map<Key, List<EmployeeFindings>> cells, Set<Key> suppressed, Map<String, CohortShare> cohort,
                DisparityDrivers drivers) {
            this.cells = cells;
            this.suppressed = suppressed;
            this.cohort = cohort;
            this.drivers = drivers;
        }

        UnitRow row(Characteristic c, String unit) {
            Key allKey = new Key(null, unit, ALL);
            Cell all = new Cell(ALL, "Everyone", figures(allKey), null, false, List.of());
            Map<String, Figures> figures = new LinkedHashMap<>();
            for (String group : groupsOf(c)) {
                figures.put(group, figures(new Key(c, unit, group)));
            }
            // the most favoured group: the highest ready-now rate among groups with a declared value
            String favoured = figures.entrySet().stream()
                    .filter(e -> e.getValue() != null && c.allows(e.getKey())
                            && !e.getKey().equals(Characteristic.PREFER_NOT_TO_SAY))
                    .max(Map.Entry.comparingByValue(java.util.Comparator.comparingDouble(Figures::readyNow)))
                    .map(Map.Entry::getKey).orElse(null);
            double best = favoured == null ? 0 : figures.get(favoured).readyNow();
            List<Cell> groups = new ArrayList<>();
            figures.forEach((group, f) -> {
                Double ratio = f == null || best == 0 ? null : f.readyNow() / best;
                boolean flagged = ratio != null && ratio < FOUR_FIFTHS;
                List<String> why = flagged ? drivers.explain(cells.get(new Key(c, unit, group)),
                        cells.get(new Key(c, unit, favoured)), c.wordsFor(favoured)) : List.of();
                groups.add(new Cell(group, c.wordsFor(group), f, ratio, flagged, why));
            });
            return new UnitRow(unit.isEmpty() ? "whole council" : unit, all, groups);
        }

        private Figures figures(Key key) {
            // a unit asked for that has nobody in it is as suppressed as one of fewer than ten
            if (suppressed.contains(key) || !cells.containsKey(key)) {
                return null;
            }
            return EqualityImpact.figures(cells.get(key), cohort);
        }
    }

    /** The figures of a group of people (at least one). */
    static Figures figures(List<EmployeeFindings> people, Map<String, CohortShare> cohort) {
        int n = people.size();
        long judgedOn = 0;
        long self = 0;
        long unvalidated = 0;
        long awaiting = 0;
        long awaitingDays = 0;
        int places = 0;
        double spend = 0;
        for (EmployeeFindings p : people) {
            judgedOn += p.evidence().judgedOn();
            self += p.evidence().selfRecorded();
            unvalidated += p.evidence().unvalidated();
            awaiting += p.evidence().awaiting();
            awaitingDays += p.evidence().awaitingDays();
            CohortShare share = cohort.get(p.employeeId());
            if (share != null) {
                places += share.places();
                spend += share.spend();
            }
        }
        return new Figures(n, rate(people, Verdict.READY_NOW), rate(people, Verdict.READY_IN_1_2_YEARS),
                rate(people, Verdict.INSUFFICIENT_EVIDENCE), share(self, judgedOn),
                share(judgedOn - unvalidated, judgedOn), awaiting == 0 ? null : (double) awaitingDays / awaiting,
                cohort.isEmpty() ? null : (double) places / n, cohort.isEmpty() ? null : spend / n);
    }

    static double rate(List<EmployeeFindings> people, Verdict verdict) {
        return people.isEmpty() ? 0 : (double) people.stream()
                .filter(p -> p.nextRole().map(r -> r.verdict() == verdict).orElse(false)).count() / people.size();
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Every additive relation: a unit's total and its groups; a group (or total) in a unit and in the units below. */
    private static List<SmallCells.Relation<Key>> relations(Set<String> units, Map<String, Set<String>> children) {
        List<SmallCells.Relation<Key>> relations = new ArrayList<>();
        for (String unit : units) {
            for (Characteristic c : Characteristic.values()) {
                relations.add(new SmallCells.Relation<>(new Key(null, unit, ALL),
                        groupsOf(c).stream().map(g -> new Key(c, unit, g)).toList()));
            }
            Set<String> below = children.getOrDefault(unit, Set.of());
            if (below.isEmpty()) {
                continue;
            }
            relations.add(new SmallCells.Relation<>(new Key(null, unit, ALL),
                    below.stream().map(u -> new Key(null, u, ALL)).toList()));
            for (Characteristic c : Characteristic.values()) {
                for (String group : groupsOf(c)) {
                    relations.add(new SmallCells.Relation<>(new Key(c, unit, group),
                            below.stream().map(u -> new Key(c, u, group)).toList()));
                }
            }
        }
        return relations;
    }

    /** The groups of a characteristic: its vocabulary and "not recorded". */
    static List<String> groupsOf(Characteristic c) {
        List<String> groups = new ArrayList<>(c.codes());
        groups.add(Characteristic.NOT_RECORDED);
        return groups;
    }

    /** The council ("") and the person's directorate, service and team paths, as far as the record says. */
    private static List<String> unitsOf(EmployeeFindings person) {
        List<String> units = new ArrayList<>();
        units.add("");
        if (person.unit() == null) {
            units.add(UnitLevel.DIRECTORATE.nameOf(null));
            return units;
        }
        for (UnitLevel level : UnitLevel.values()) {
            units.add(level.nameOf(person.unit()));
        }
        return units;
    }

    private static int depth(String unit) {
        return unit.isEmpty() ? 0 : unit.split("/").length;
    }

    private static int size(Map<Key, List<EmployeeFindings>> cells, Key key) {
        List<EmployeeFindings> people = cells.get(key);
        return people == null ? 0 : people.size();
    }
}
