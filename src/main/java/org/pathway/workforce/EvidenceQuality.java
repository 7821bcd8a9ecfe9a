package org.pathway.workforce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How far the council's verdicts can be trusted: per unit and per manager, the share of people whose verdicts rest
 * mostly (at least half) on self-recorded, unvalidated or soon-to-expire evidence ({@link EvidenceProfile}); the
 * validation queue and its age; managers who validate everything or nothing; and the evidence that leaves the recency
 * window within {@value EvidenceProfile#EXPIRING_DAYS} days, so that people can renew it.
 */
public record EvidenceQuality(String scope, UnitLevel by, int recencyMonths, int expiringDays, Line all,
        List<Line> units, List<ManagerLine> managers) {

    /** A manager whose reports' evidence has had at least this many decisions, none a rejection, validates everything. */
    public static final int DECISIONS_TO_JUDGE = 20;
    /** A manager with at least this many claims waiting and no decision ever made validates nothing. */
    public static final int WAITING_TO_JUDGE = 10;

    /** A group's figures. */
    public record Line(String name, int people, double restOnSelfRecorded, double restOnUnvalidated,
            double restOnExpiring, int waiting, Double meanWaitDays, long oldestWaitDays, int expiringPieces,
            int peopleWithExpiring) {
    }

    /** A manager's reports and the manager's habit in validating, if it stands out. */
    public record ManagerLine(String managerId, String name, Line reports, int validated, int rejected,
            String habit) {
    }

    public static EvidenceQuality of(List<EmployeeFindings> council, UnitScope scope, UnitLevel by,
            int recencyMonths) {
        List<EmployeeFindings> inScope = council.stream().filter(p -> scope.contains(p.unit())).toList();
        Map<String, List<EmployeeFindings>> byUnit = inScope.stream()
                .collect(Collectors.groupingBy(p -> by.nameOf(p.unit()), TreeMap::new, Collectors.toList()));
        Map<String, String> names = council.stream()
                .collect(Collectors.toMap(EmployeeFindings::employeeId, EmployeeFindings::name));
        Map<String, List<EmployeeFindings>> byManager = inScope.stream().filter(p -> p.managerId() != null)
                .collect(Collectors.groupingBy(EmployeeFindings::managerId, TreeMap::new, Collectors.toList()));
        List<ManagerLine> managers = new ArrayList<>();
        byManager.forEach((id, reports) -> {
            int validated = reports.stream().mapToInt(p -> p.evidence().validated()).sum();
            int rejected = reports.stream().mapToInt(p -> p.evidence().rejected()).sum();
            Line line = line(names.getOrDefault(id, "a manager no longer stored"), reports);
            String habit = validated + rejected >= DECISIONS_TO_JUDGE && rejected == 0 ? "validates everything"
                    : validated + rejected == 0 && line.waiting() >= WAITING_TO_JUDGE ? "validates nothing" : null;
            managers.add(new ManagerLine(id, line.name(), line, validated, rejected, habit));
        });
        managers.sort(Comparator.comparingInt((ManagerLine m) -> m.reports().waiting()).reversed()
                .thenComparing(ManagerLine::name));
        return new EvidenceQuality(scope.toString(), by, recencyMonths, EvidenceProfile.EXPIRING_DAYS,
                line(scope.toString(), inScope),
                byUnit.entrySet().stream().map(e -> line(e.getKey(), e.getValue())).toList(), managers);
    }

    private static Line line(String name, List<EmployeeFindings> people) {
        int waiting = people.stream().mapToInt(p -> p.evidence().awaiting()).sum();
        long waitingDays = people.stream().mapToLong(p -> p.evidence().awaitingDays()).sum();
        return new Line(name, people.size(), share(people, p -> p.evidence().restsOnSelfRecorded()),
                share(people, p -> p.evidence().restsOnUnvalidated()),
                share(people, p -> p.evidence().restsOnExpiring()), waiting,
                waiting == 0 ? null : (double) waitingDays / waiting,
                people.stream().mapToLong(p -> p.evidence().oldestAwaitingDays()).max().orElse(0),
                people.stream().mapToInt(p -> p.evidence().expiringSoon()).sum(),
                (int) people.stream().filter(p -> p.evidence().expiringSoon() > 0).count());
    }

    private static double share(List<EmployeeFindings> people, Predicate<EmployeeFindings> rests) {
        return people.isEmpty() ? 0 : (double) people.stream().filter(rests).count() / people.size();
    }
}
