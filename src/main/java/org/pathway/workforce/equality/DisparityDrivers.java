package org.pathway.workforce.equality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.pathway.analysis.Verdict;
import org.pathway.framework.Competency;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.workforce.EmployeeFindings;

/**
 * What drives a flagged gap between a group and the most favoured group, read from the analyses behind their
 * verdicts: evidence more often unvalidated (and whose validation queues hold it), self-recorded or about to leave the
 * recency window, verdicts more often "insufficient evidence", less evidence recorded, or an essential gap for the next
 * role more common. A driver is named when the group differs by at least half as much again
 * ({@value #NOTABLE}); the strongest {@value #SHOWN} are given, strongest first.
 */
final class DisparityDrivers {

    static final double NOTABLE = 1.5;
    static final int SHOWN = 3;
    /** Managers are named only when they manage at least this many people, so that naming one says nothing of anyone. */
    static final int NAMED_MANAGER_REPORTS = EqualityImpact.SMALLEST_GROUP;
    private static final int MANAGERS_NAMED = 3;

    private record Driver(double strength, String words) {
    }

    private final FrameworkCatalogue frameworks;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Long> reports;
    private final Map<String, Integer> queues = new HashMap<>();

    DisparityDrivers(FrameworkCatalogue frameworks, List<EmployeeFindings> council) {
        this.frameworks = frameworks;
        council.forEach(p -> names.put(p.employeeId(), p.name()));
        this.reports = council.stream().filter(p -> p.managerId() != null)
                .collect(Collectors.groupingBy(EmployeeFindings::managerId, Collectors.counting()));
        council.stream().filter(p -> p.managerId() != null)
                .forEach(p -> queues.merge(p.managerId(), p.evidence().awaiting(), Integer::sum));
    }

    List<String> explain(List<EmployeeFindings> group, List<EmployeeFindings> favoured, String favouredWords) {
        List<Driver> found = new ArrayList<>();
        String against = " the " + favouredWords + " group's";
        double unvalidated = evidenceShare(group, p -> p.evidence().unvalidated());
        double unvalidatedThere = evidenceShare(favoured, p -> p.evidence().unvalidated());
        if (more(unvalidated, unvalidatedThere)) {
            found.add(new Driver(unvalidated / Math.max(unvalidatedThere, 1e-9), String.format(Locale.UK,
                    "Its evidence is unvalidated %s%s (%s against %s)%s", times(unvalidated,
                            unvalidatedThere), against, percent(unvalidated), percent(unvalidatedThere),
                    backlog(group))));
        }
        compare(found, "Its evidence is self-recorded %s" + against + " (%s against %s)",
                evidenceShare(group, p -> p.evidence().selfRecorded()),
                evidenceShare(favoured, p -> p.evidence().selfRecorded()));
        compare(found, "Its evidence leaves the recency window within 90 days %s" + against
                + " (%s against %s), so more verdicts are about to lose it",
                evidenceShare(group, p -> p.evidence().expiringSoon()),
                evidenceShare(favoured, p -> p.evidence().expiringSoon()));
        compare(found, "Its verdicts are 'insufficient evidence' %s" + against + " (%s against %s)",
                EqualityImpact.rate(group, Verdict.INSUFFICIENT_EVIDENCE),
                EqualityImpact.rate(favoured, Verdict.INSUFFICIENT_EVIDENCE));
        double evidenceEach = perHead(group, p -> p.evidence().judgedOn());
        double evidenceThere = perHead(favoured, p -> p.evidence().judgedOn());
        if (more(evidenceThere, evidenceEach)) {
            found.add(new Driver(evidenceThere / Math.max(evidenceEach, 1e-9), String.format(Locale.UK,
                    "Its people have less evidence recorded: %.1f pieces each against %.1f", evidenceEach,
                    evidenceThere)));
        }
        essentialGap(group, favoured).ifPresent(found::add);
        if (found.isEmpty()) {
            return List.of("No difference in the evidence explains it: the groups' evidence is alike in validation,"
                    + " source and age, so the verdicts differ on what the evidence shows");
        }
        return found.stream().sorted(Comparator.comparingDouble(Driver::strength).reversed()).limit(SHOWN)
                .map(Driver::words).toList();
    }

    private static void compare(List<Driver> found, String format, double here, double there) {
        if (more(here, there)) {
            found.add(new Driver(here / Math.max(there, 1e-9), String.format(Locale.UK, format, times(here, there),
                    percent(here), percent(there))));
        }
    }

    /** The managers (of at least ten people) whose validation queues hold most of the group's waiting evidence. */
    private String backlog(List<EmployeeFindings> group) {
        Map<String, Integer> waiting = new HashMap<>();
        int total = 0;
        for (EmployeeFindings p : group) {
            total += p.evidence().awaiting();
            if (p.managerId() != null && reports.getOrDefault(p.managerId(), 0L) >= NAMED_MANAGER_REPORTS) {
                waiting.merge(p.managerId(), p.evidence().awaiting(), Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> top = waiting.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MANAGERS_NAMED).toList();
        if (top.isEmpty() || total == 0) {
            return "";
        }
        int held = top.stream().mapToInt(Map.Entry::getValue).sum();
        return String.format(Locale.UK, ": %s of it waits in the validation queues of %s", percent((double) held / total),
                top.stream().map(e -> names.getOrDefault(e.getKey(), "a manager no longer stored") + " ("
                        + queues.get(e.getKey()) + " waiting in all)").collect(Collectors.joining(", ")));
    }

    /** The essential gap for the next role whose share of people held back differs most, if it is notable. */
    private java.util.Optional<Driver> essentialGap(List<EmployeeFindings> group, List<EmployeeFindings> favoured) {
        Map<String, Double> here = gapShares(group);
        Map<String, Double> there = gapShares(favoured);
        return here.entrySet().stream().filter(e -> more(e.getValue(), there.getOrDefault(e.getKey(), 0.0)))
                .max(Comparator.comparingDouble(e -> e.getValue() - there.getOrDefault(e.getKey(), 0.0)))
                .map(e -> {
                    double other = there.getOrDefault(e.getKey(), 0.0);
                    return new Driver(e.getValue() / Math.max(other, 1e-9), String.format(Locale.UK,
                            "More of its people are held back from the next role by an essential gap in %s (%s"
                                    + " against %s)", competencyName(e.getKey()), percent(e.getValue()),
                            percent(other)));
                });
    }

    /** For each framework and competency, the share of the people held back by an essential gap in it. */
    private static Map<String, Double> gapShares(List<EmployeeFindings> people) {
        Map<String, Integer> counts = new HashMap<>();
        for (EmployeeFindings p : people) {
            p.nextRole().ifPresent(r -> r.gaps().stream().filter(EmployeeFindings.GapFinding::essential)
                    .map(g -> p.frameworkId() + "/" + g.competencyId()).distinct()
                    .forEach(k -> counts.merge(k, 1, Integer::sum)));
        }
        Map<String, Double> shares = new HashMap<>();
        counts.forEach((k, n) -> shares.put(k, (double) n / people.size()));
        return shares;
    }

    private String competencyName(String frameworkAndCompetency) {
        String[] parts = frameworkAndCompetency.split("/", 2);
        return frameworks.find(parts[0]).flatMap(f -> f.competency(parts[1])).map(Competency::name).orElse(parts[1]);
    }

    private static boolean more(double here, double there) {
        return here > 0 && here >= there * NOTABLE && here - there >= 0.05;
    }

    private static double evidenceShare(List<EmployeeFindings> people, ToDoubleFunction<EmployeeFindings> part) {
        double judged = people.stream().mapToDouble(p -> p.evidence().judgedOn()).sum();
        return judged == 0 ? 0 : people.stream().mapToDouble(part).sum() / judged;
    }

    private static double perHead(List<EmployeeFindings> people, ToDoubleFunction<EmployeeFindings> part) {
        return people.isEmpty() ? 0 : people.stream().mapToDouble(part).sum() / people.size();
    }

    private static String times(double here, double there) {
        if (there == 0) {
            return "far more often than";
        }
        double ratio = here / there;
        return Math.abs(ratio - 2) < 0.05 ? "twice as often as"
                : String.format(Locale.UK, "%.1f times as often as", ratio);
    }

    private static String percent(double share) {
        return String.format(Locale.UK, "%.0f%%", share * 100);
    }
}
