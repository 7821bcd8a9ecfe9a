package org.pathway.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.framework.KeyTheme;
import org.pathway.framework.Level;
import org.pathway.framework.Polarity;
import org.pathway.framework.ScaleKind;
import org.pathway.role.Requirement;
import org.pathway.role.RoleProfile;

/**
 * Generates a plausible, reproducible workforce for one framework: a grade pyramid over its roles, units across a
 * council, and evidence whose amount, sources, validation, recency and quality vary from person to person; optional
 * protected characteristics and leaving dates ({@link CharacteristicsGenerator}).
 * The same seed gives the same workforce.
 */
public final class WorkforceGenerator {

    private static final String[] FIRST = {"Aisha", "Ben", "Chloe", "Daniel", "Emma", "Farid", "Grace", "Harry", "Imran",
        "Jess", "Kiran", "Laura", "Mohammed", "Niamh", "Oliver", "Priya", "Rhys", "Sophie", "Tom", "Zara"};
    private static final String[] LAST = {"Ahmed", "Brown", "Clarke", "Davies", "Evans", "Green", "Hughes", "Jones",
        "Khan", "Lewis", "Morgan", "Patel", "Roberts", "Shaw", "Taylor", "Walker", "Williams", "Wilson", "Wright", "Young"};
    /** Where evidence comes from, by frequency: mostly managers; some assessments, self, peers, activities, qualifications. */
    private static final EvidenceSource[] SOURCES = sources("MANAGER", 12, "ASSESSMENT", 2, "SELF", 3, "PEER_360", 2,
            "ACTIVITY", 1, "QUALIFICATION", 1);

    /** How a person's evidence tends to look: how much they record, how current it is, whether anyone validates it. */
    private record Habits(double recording, double currency, boolean selfClaimsOnly) {
    }

    private final Framework framework;
    private final List<RoleProfile> roles;

    public WorkforceGenerator(Framework framework, List<RoleProfile> roles) {
        this.framework = framework;
        this.roles = roles.stream().sorted(Comparator.comparingInt(RoleProfile::seniority)).toList();
    }

    public List<Employee> generate(int count, long seed, LocalDate asOf) {
        Random random = new Random(seed);
        List<Employee> employees = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            employees.add(employee(random, n, asOf));
        }
        return CharacteristicsGenerator.withCharacteristics(withManagers(employees, random), seed, asOf);
    }

    /** Each employee reports to someone more senior in their service (or directorate); the most senior to no one. */
    private List<Employee> withManagers(List<Employee> employees, Random random) {
        Map<String, Integer> seniority = new HashMap<>();
        roles.forEach(r -> seniority.put(r.id(), r.seniority()));
        Map<String, List<Employee>> byService = new HashMap<>();
        Map<String, List<Employee>> byDirectorate = new HashMap<>();
        for (Employee e : employees) {
            byService.computeIfAbsent(e.unit().service(), k -> new ArrayList<>()).add(e);
            byDirectorate.computeIfAbsent(e.unit().directorate(), k -> new ArrayList<>()).add(e);
        }
        List<Employee> managed = new ArrayList<>(employees.size());
        for (Employee e : employees) {
            int own = seniority.get(e.currentRoleId());
            List<Employee> seniors = byService.get(e.unit().service()).stream()
                    .filter(m -> seniority.get(m.currentRoleId()) > own).toList();
            if (seniors.isEmpty()) {
                seniors = byDirectorate.get(e.unit().directorate()).stream()
                        .filter(m -> seniority.get(m.currentRoleId()) > own).toList();
            }
            String managerId = seniors.isEmpty() ? null : seniors.get(random.nextInt(seniors.size())).id();
            managed.add(new Employee(e.id(), e.name(), e.frameworkId(), e.currentRoleId(), e.unit(), managerId,
                    e.contractedHours(), e.evidence().stream().map(ev -> validatedBy(ev, managerId)).toList()));
        }
        return managed;
    }

    private static Evidence validatedBy(Evidence evidence, String managerId) {
        if (evidence.validatedBy() == null || managerId == null) {
            return evidence;
        }
        return new Evidence(evidence.id(), evidence.competencyId(), evidence.indicatorId(), evidence.keyThemeId(),
                evidence.ratingLevelId(), evidence.source(), evidence.status(), evidence.observedOn(), managerId,
                evidence.validatedOn(), evidence.rejectionReason(), evidence.example(), evidence.recordedOn(), null, null);
    }

    private Employee employee(Random random, int n, LocalDate asOf) {
        RoleProfile role = pyramidRole(random);
        String id = idPrefix() + "-" + String.format("%05d", n + 1);
        // how far towards the next role this person is: below 0 behind their own role, above 1 beyond the next
        double readiness = random.nextGaussian() * 0.45 + 0.55;
        Habits habits = new Habits(random.nextDouble() < 0.1 ? 0.1 + random.nextDouble() * 0.3
                : 0.8 + random.nextDouble() * 0.2, 0.8 + random.nextDouble() * 0.2, random.nextDouble() < 0.05);
        List<Evidence> evidence = new ArrayList<>();
        for (Competency competency : competenciesFor(role)) {
            int target = targetRank(random, competency, role, readiness);
            double behaviouralReach = Math.max(0.05, Math.min(0.95, 0.55 + 0.45 * readiness + random.nextGaussian() * 0.1));
            if (framework.scale().kind() == ScaleKind.RATING_WITH_MIDPOINTS) {
                ratings(random, competency, target, habits, asOf, evidence);
            } else {
                indicatorEvidence(random, competency, target, behaviouralReach, habits, asOf, evidence);
            }
            if (random.nextDouble() < 0.015) {
                competency.indicators(Polarity.INEFFECTIVE).stream().findFirst()
                        .ifPresent(i -> evidence.add(observation(random, evidence.size(), competency, i.id(), habits, asOf)));
            }
        }
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        return new Employee(id, name, framework.id(), role.id(), CouncilUnits.pick(random), null,
                random.nextDouble() < 0.2 ? 22.5 : Employee.FULL_TIME_HOURS, evidence);
    }

    /** The initials of the framework id's words, so that generated ids differ between frameworks. */
    private String idPrefix() {
        StringBuilder prefix = new StringBuilder();
        for (String word : framework.id().split("-")) {
            prefix.append(word.charAt(0));
        }
        return prefix.toString();
    }

    /** Many juniors, few seniors: each rung up is about 40% as common as the one below. */
    private RoleProfile pyramidRole(Random random) {
        double total = 0;
        for (RoleProfile role : roles) {
            total += Math.pow(0.4, role.seniority() - 1);
        }
        double pick = random.nextDouble() * total;
        for (RoleProfile role : roles) {
            pick -= Math.pow(0.4, role.seniority() - 1);
            if (pick <= 0) {
                return role;
            }
        }
        return roles.get(roles.size() - 1);
    }

    private Set<Competency> competenciesFor(RoleProfile role) {
        Set<String> ids = new LinkedHashSet<>();
        role.requirements().forEach(r -> ids.add(r.competencyId()));
        role.nextRoleIds().stream().flatMap(next -> roles.stream().filter(r -> r.id().equals(next)))
                .flatMap(r -> r.requirements().stream()).map(Requirement::competencyId).forEach(ids::add);
        Set<Competency> competencies = new LinkedHashSet<>();
        ids.forEach(id -> competencies.add(framework.competency(id).orElseThrow()));
        return competencies;
    }

    /** The rank this person really works at in a competency, around what their role needs, pushed by readiness. */
    private int targetRank(Random random, Competency competency, RoleProfile role, double readiness) {
        List<Level> levels = framework.levelsOf(competency);
        if (levels.isEmpty()) {
            return 0;
        }
        int current = role.requirements().stream().filter(r -> r.competencyId().equals(competency.id()))
                .map(r -> framework.scale().level(r.minLevelId()).orElseThrow().rank())
                .findFirst().orElse(levels.get(0).rank());
        int step = framework.scale().kind() == ScaleKind.RATING_WITH_MIDPOINTS ? 2 : 1;
        int rank = current + (int) Math.round(readiness * step + random.nextGaussian() * step * 0.5);
        int low = levels.get(0).rank();
        int high = levels.get(levels.size() - 1).rank();
        return Math.max(low - 1, Math.min(high, rank));
    }

    private void indicatorEvidence(Random random, Competency competency, int target, double behaviouralReach,
            Habits habits, LocalDate asOf, List<Evidence> evidence) {
        boolean cumulative = framework.scale().kind() != ScaleKind.ROLE_TIER;
        for (Indicator indicator : competency.indicators(Polarity.EFFECTIVE)) {
            int rank = indicator.levelId() == null ? 0 : framework.scale().level(indicator.levelId()).orElseThrow().rank();
            boolean withinReach = framework.scale().kind() == ScaleKind.BEHAVIOURAL
                    ? random.nextDouble() < behaviouralReach
                    : rank <= target && (cumulative || rank >= target - 1);
            if (withinReach && random.nextDouble() < habits.recording()) {
                evidence.add(observation(random, evidence.size(), competency, indicator.id(), habits, asOf));
                if (random.nextDouble() < 0.5) {
                    evidence.add(observation(random, evidence.size(), competency, indicator.id(), habits, asOf));
                }
            }
        }
    }

    private void ratings(Random random, Competency competency, int target, Habits habits, LocalDate asOf,
            List<Evidence> evidence) {
        for (KeyTheme theme : competency.keyThemes()) {
            int ratingsGiven = random.nextDouble() < habits.recording() ? 1 + random.nextInt(2) : 0;
            for (int r = 0; r < ratingsGiven; r++) {
                int rank = Math.max(1, Math.min(8, target + random.nextInt(3) - 1));
                Level rating = framework.scale().levels().get(rank - 1);
                Evidence base = observation(random, evidence.size(), competency, null, habits, asOf);
                evidence.add(new Evidence(base.id(), competency.id(), null, theme.id(), rating.id(), base.source(),
                        base.status(), base.observedOn(), base.validatedBy(), base.validatedOn(), base.rejectionReason(),
                        null, base.recordedOn(), null, null));
            }
        }
    }

    private static EvidenceSource[] sources(Object... namesAndCounts) {
        List<EvidenceSource> sources = new ArrayList<>();
        for (int i = 0; i < namesAndCounts.length; i += 2) {
            for (int n = 0; n < (Integer) namesAndCounts[i + 1]; n++) {
                sources.add(EvidenceSource.valueOf((String) namesAndCounts[i]));
            }
        }
        return sources.toArray(EvidenceSource[]::new);
    }

    private static Evidence observation(Random random, int n, Competency competency, String indicatorId, Habits habits,
            LocalDate asOf) {
        EvidenceSource source = habits.selfClaimsOnly() ? EvidenceSource.SELF : SOURCES[random.nextInt(SOURCES.length)];
        double roll = random.nextDouble();
        EvidenceStatus status = habits.selfClaimsOnly() ? EvidenceStatus.CLAIMED
                : roll < 0.8 ? EvidenceStatus.VALIDATED : roll < 0.97 ? EvidenceStatus.CLAIMED : EvidenceStatus.REJECTED;
        int daysOld = random.nextDouble() < habits.currency() ? random.nextInt(34 * 30) : 36 * 31 + random.nextInt(700);
        LocalDate observed = asOf.minusDays(daysOld);
        boolean decided = status != EvidenceStatus.CLAIMED;
        LocalDate decidedOn = decided ? observed.plusDays(Math.min(daysOld, random.nextInt(20))) : null;
        // recorded up to a week after it was observed, and before any decision on it (no random draw: the same seed
        // gives the same workforce as before recording dates were kept)
        LocalDate recordedOn = observed.plusDays(Math.min(daysOld, n % 8));
        if (decidedOn != null && decidedOn.isBefore(recordedOn)) {
            recordedOn = decidedOn;
        }
        return new Evidence("ev-" + (n + 1), competency.id(), indicatorId, null, null, source, status, observed,
                decided ? "assessor" : null, decidedOn,
                status == EvidenceStatus.REJECTED ? "Example does not show the behaviour" : null, null, recordedOn, null,
                null);
    }
}
