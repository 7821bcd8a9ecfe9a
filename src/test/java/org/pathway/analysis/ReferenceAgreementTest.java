package org.pathway.analysis;

import org.pathway.policy.Policy;
import org.pathway.TestCatalogues;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.people.Employee;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.pathway.rules.RuleHarness;
import org.pathway.synthetic.WorkforceGenerator;

/**
 * Differential test: on a seeded generated workforce of every framework, the DRL rules and the plain-Java reference
 * evaluator agree on every verdict, score, gap, missing behaviour and red flag, for every role of the framework.
 */
class ReferenceAgreementTest {

    private static final int EMPLOYEES_PER_FRAMEWORK = 600;
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final FrameworkCatalogue FRAMEWORKS = TestCatalogues.FRAMEWORKS;
    private static final RoleCatalogue ROLES = TestCatalogues.ROLES;

    @ParameterizedTest
    @MethodSource("org.pathway.TestCatalogues#frameworkIds")
    void rulesAndReferenceAgreeOnAGeneratedWorkforce(String frameworkId) {
        Framework framework = FRAMEWORKS.get(frameworkId);
        List<RoleProfile> roles = ROLES.rolesOf(frameworkId);
        ReadinessEngine engine = new ReadinessEngine(RuleHarness::rules, FRAMEWORKS, ROLES);
        ReferenceEvaluator reference = new ReferenceEvaluator(RuleHarness.fire().only(Policy.class), framework);
        List<Employee> workforce = new WorkforceGenerator(framework, roles)
                .generate(EMPLOYEES_PER_FRAMEWORK, frameworkId.hashCode(), AS_OF);

        List<String> disagreements = new ArrayList<>();
        Map<Verdict, Integer> verdicts = new TreeMap<>();
        for (Employee employee : workforce) {
            Analysis analysis = engine.explain(employee, roles, AS_OF);
            for (RoleProfile role : roles) {
                ReferenceEvaluator.Outcome expected = reference.evaluate(employee, role, AS_OF);
                ReferenceEvaluator.Outcome actual = outcome(analysis, role.id());
                verdicts.merge(actual.verdict(), 1, Integer::sum);
                if (!expected.equals(actual)) {
                    disagreements.add(employee.id() + " for " + role.id() + ":\n  reference " + expected
                            + "\n  rules     " + actual);
                }
            }
        }
        assertThat(disagreements).as("disagreements in " + frameworkId).isEmpty();
        // the generated workforce exercises every verdict the policy can give
        assertThat(verdicts.keySet()).as("verdicts seen in " + frameworkId + ": " + verdicts)
                .contains(Verdict.READY_NOW, Verdict.READY_IN_1_2_YEARS, Verdict.NOT_YET);
    }

    private static ReferenceEvaluator.Outcome outcome(Analysis analysis, String roleId) {
        Readiness readiness = analysis.readinessFor(roleId).orElseThrow();
        Map<String, Double> gaps = new TreeMap<>();
        analysis.resultsFor(roleId).forEach(r -> gaps.put(r.competencyId(), r.gap()));
        Map<String, Set<String>> missing = analysis.missingBehaviours().stream()
                .filter(m -> m.roleId().equals(roleId))
                .collect(Collectors.groupingBy(MissingBehaviour::competencyId, TreeMap::new,
                        Collectors.mapping(MissingBehaviour::indicatorId, Collectors.toCollection(TreeSet::new))));
        Set<String> redFlags = analysis.redFlags().stream().map(RedFlag::evidenceId)
                .collect(Collectors.toCollection(TreeSet::new));
        return new ReferenceEvaluator.Outcome(roleId, readiness.verdict(), readiness.score(), gaps, missing, redFlags);
    }
}
