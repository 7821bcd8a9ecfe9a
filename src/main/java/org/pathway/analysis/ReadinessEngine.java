package org.pathway.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.function.Supplier;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.Polarity;
import org.pathway.role.Requirement;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.pathway.policy.Policy;
import org.pathway.rules.RuleBase;

/**
 * Runs the readiness rules for one employee: inserts their evidence as it stood at the analysis date (what was
 * recorded by then, with the decisions taken by then), the target roles' requirements and the
 * framework's facts into a fresh session of the shared rule base, fires the rules and collects what they concluded.
 * The behaviours missing for a gap are worked out only for the roles explained (their reports show them); the
 * workforce views and plans read verdicts, scores and gaps, and leave them out.
 */
public final class ReadinessEngine {

    private final Supplier<RuleBase> rules;
    private final RoleCatalogue roles;
    private final FrameworkCatalogue frameworks;
    private final Map<String, FrameworkFacts> frameworkFacts = new ConcurrentHashMap<>();

    public ReadinessEngine(Supplier<RuleBase> rules, FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this.rules = rules;
        this.roles = roles;
        this.frameworks = frameworks;
        frameworks.all().forEach(f -> frameworkFacts.put(f.id(), new FrameworkFacts(f)));
    }

    /** The policy values of the rules in use: what every analysis started now decides under. */
    public Policy policy() {
        return rules.get().policy();
    }

    /** The facts of the employee's framework as the catalogue has it now: built again once a framework is published. */
    private FrameworkFacts factsOf(String frameworkId) {
        Framework current = frameworks.get(frameworkId);
        FrameworkFacts facts = frameworkFacts.get(frameworkId);
        if (facts != null && facts.framework() == current) {
            return facts;
        }
        return frameworkFacts.compute(frameworkId, (id, built) -> built != null && built.framework() == current ? built
                : new FrameworkFacts(current));
    }

    /** Readiness for one target role: verdict, score and gaps, without the missing behaviours. */
    public Analysis analyse(Employee employee, String targetRoleId, LocalDate asOf) {
        return analyse(employee, List.of(role(employee, targetRoleId)), false, false, asOf, List.of());
    }

    /** Readiness for each of the given roles, without missing behaviours or promotion paths (workforce views). */
    public Analysis analyse(Employee employee, Collection<RoleProfile> targets, LocalDate asOf) {
        return analyse(employee, targets, false, false, asOf, List.of());
    }

    /** Readiness for one target role with the behaviours missing for each gap, for the report that shows them. */
    public Analysis explain(Employee employee, String targetRoleId, LocalDate asOf) {
        return explain(employee, List.of(role(employee, targetRoleId)), asOf);
    }

    /** Readiness for each of the given roles with the behaviours missing for each gap. */
    public Analysis explain(Employee employee, Collection<RoleProfile> targets, LocalDate asOf) {
        return analyse(employee, targets, true, false, asOf, List.of());
    }

    /**
     * Projected readiness for one role at {@code asOf}, counting besides the employee's evidence the {@code planned}
     * evidence a development plan expects its completed activities to produce.
     */
    public Analysis project(Employee employee, String roleId, LocalDate asOf, List<Evidence> planned) {
        return analyse(employee, List.of(role(employee, roleId)), false, false, asOf, planned);
    }

    /**
     * Readiness for every role up the ladder from the employee's current role, each with its missing behaviours (the
     * paths report shows every rung's report), and the ranked promotion paths.
     */
    public Analysis paths(Employee employee, LocalDate asOf) {
        return analyse(employee, roles.rolesAbove(employee.frameworkId(), employee.currentRoleId()), true, true, asOf,
                List.of());
    }

    private RoleProfile role(Employee employee, String roleId) {
        return roles.get(employee.frameworkId(), roleId);
    }

    /**
     * Readiness for the given roles, without missing behaviours or paths, where some of the employee's evidence
     * was recorded under another framework and travels through a crosswalk: each such piece has its {@code origins}
     * fact, which the crosswalk rules weigh.
     */
    public Analysis analyseTranslated(Employee employee, Collection<RoleProfile> targets, LocalDate asOf,
            List<CrosswalkOrigin> origins) {
        return analyse(employee, targets, false, false, asOf, List.of(), origins);
    }

    private Analysis analyse(Employee employee, Collection<RoleProfile> targets, boolean explained, boolean withPaths,
            LocalDate asOf, List<Evidence> planned) {
        return analyse(employee, targets, explained, withPaths, asOf, planned, List.of());
    }

    private Analysis analyse(Employee employee, Collection<RoleProfile> targets, boolean explained, boolean withPaths,
            LocalDate asOf, List<Evidence> planned, List<CrosswalkOrigin> origins) {
        FrameworkFacts framework = factsOf(employee.frameworkId());
        RuleBase base = rules.get();
        KieSession session = base.newSession();
        FiredRules fired = new FiredRules();
        try {
            session.addEventListener(fired);
            facts(employee, framework, targets, withPaths, asOf).forEach(session::insert);
            origins.forEach(session::insert);
            if (explained) {
                targets.forEach(role -> session.insert(new ExplainedRole(role.id())));
            }
            for (int i = 0; i < planned.size(); i++) {
                session.insert(evidenceFact(planned.get(i), employee.evidence().size() + i, framework, asOf, true));
            }
            session.fireAllRules();
            return collect(session, employee, asOf, fired, base);
        } finally {
            session.dispose();
        }
    }

    private List<Object> facts(Employee employee, FrameworkFacts framework, Collection<RoleProfile> targets,
            boolean withPaths, LocalDate asOf) {
        List<Object> facts = new ArrayList<>();
        facts.add(new AnalysisSubject(employee.id(), employee.frameworkId(), employee.currentRoleId()));
        for (int i = 0; i < employee.evidence().size(); i++) {
            Evidence evidence = employee.evidence().get(i);
            if (evidence.knownOn(asOf)) {
                facts.add(evidenceFact(evidence, i, framework, asOf, false));
            }
        }
        Set<String> competencies = new LinkedHashSet<>();
        for (RoleProfile role : targets) {
            facts.add(new TargetRole(role.id(), role.seniority(),
                    (int) role.requirements().stream().filter(Requirement::essential).count()));
            for (Requirement requirement : role.requirements()) {
                int required = framework.rankOf(requirement.minLevelId());
                facts.add(new RoleRequirement(role.id(), requirement.competencyId(), required,
                        required == 0 ? 0 : framework.describedRankAtOrAbove(required),
                        requirement.essential(), requirement.weight()));
                competencies.add(requirement.competencyId());
            }
        }
        competencies.forEach(c -> facts.addAll(framework.competencyFacts(c)));
        if (withPaths) {
            roles.rolesOf(employee.frameworkId()).forEach(r -> facts.add(new RoleRung(r.id(), r.nextRoleIds())));
        }
        return facts;
    }

    private static EvidenceFact evidenceFact(Evidence evidence, int sequence, FrameworkFacts framework, LocalDate asOf,
            boolean planned) {
        Polarity polarity = evidence.givesRating() ? Polarity.EFFECTIVE : framework.polarityOf(evidence.indicatorId());
        return new EvidenceFact(evidence.id(), sequence, evidence.competencyId(), evidence.indicatorId(),
                evidence.keyThemeId(), framework.rankOf(evidence.ratingLevelId()), framework.ratedByLetter(), polarity,
                evidence.source(), evidence.observedBy(), evidence.statusOn(asOf), evidence.observedOn(), asOf, planned);
    }

    private static Analysis collect(KieSession session, Employee employee, LocalDate asOf, FiredRules fired,
            RuleBase base) {
        return new Analysis(employee.id(), employee.frameworkId(), asOf, base.policy(),
                conclusions(session, "counting evidence", CountingEvidence.class),
                conclusions(session, "evidence that does not count", DiscountedEvidence.class),
                conclusions(session, "demonstrated indicators", DemonstratedIndicator.class),
                conclusions(session, "repeated observations", RepeatedObservation.class),
                conclusions(session, "attainments", Attainment.class),
                conclusions(session, "key theme ratings", KeyThemeRating.class),
                conclusions(session, "red flags", RedFlag.class),
                conclusions(session, "requirement results", RequirementResult.class),
                conclusions(session, "missing behaviours", MissingBehaviour.class),
                conclusions(session, "readiness scores", ReadinessScore.class),
                conclusions(session, "verdicts", Readiness.class),
                conclusions(session, "promotion paths", PromotionPath.class), fired.counts(), base.version(),
                conclusions(session, "translated evidence", TranslatedEvidence.class));
    }

    /** What a query of {@code rules/conclusions/conclusions.drl} answers, in the order the rules concluded it. */
    private static <T> List<T> conclusions(KieSession session, String query, Class<T> type) {
        List<T> conclusions = new ArrayList<>();
        for (QueryResultsRow row : session.getQueryResults(query)) {
            conclusions.add(type.cast(row.get("$conclusion")));
        }
        return conclusions;
    }
}
