package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pathway.TestCatalogues;
import org.pathway.analysis.Analysis;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.framework.Framework;
import org.pathway.people.Employee;
import org.pathway.role.RoleProfile;
import org.pathway.synthetic.WorkforceGenerator;

/**
 * The rules the build compiles into the executable model: used for the DRL files they were built from, whatever the
 * policy, never for changed DRL, and deciding exactly as the same DRL compiled from its text.
 */
class PrebuiltRulesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    @Test
    void theBuildShipsTheRulesFolderPrebuiltAndUsesThemWhateverThePolicy() {
        RuleSources shipped = RuleFolder.sources();
        assertThat(PrebuiltRules.shipped().kieBase(shipped)).as("prebuilt for the rules folder").isPresent();
        String proposal = shipped.policy().replace("36", "24");
        assertThat(proposal).isNotEqualTo(shipped.policy());
        assertThat(PrebuiltRules.shipped().kieBase(shipped.withPolicy(proposal)))
                .as("a policy change alone still uses the prebuilt rules").isPresent();
    }

    @Test
    void changedDrlIsNeverTakenFromThePrebuiltRules() {
        RuleSources shipped = RuleFolder.sources();
        Map<String, String> files = new TreeMap<>(shipped.files());
        String verdict = "readiness/verdict.drl";
        files.put(verdict, files.get(verdict) + "\n// an administrator's comment\n");
        RuleSources edited = new RuleSources(shipped.origin(), files, shipped.policyPath());

        assertThat(PrebuiltRules.shipped().kieBase(edited)).isEmpty();
        assertThat(new RuleCompiler().compile(edited).files()).contains(verdict);
    }

    @Test
    void prebuiltAndCompiledFromTextDecideAlikeOnEveryFramework() {
        RuleBase prebuilt = new RuleCompiler().compile(RuleFolder.sources());
        RuleBase fromText = new RuleCompiler(PrebuiltRules.NONE).compile(RuleFolder.sources());
        List<String> differences = new ArrayList<>();
        TestCatalogues.frameworkIds().forEach(frameworkId -> {
            Framework framework = TestCatalogues.FRAMEWORKS.get(frameworkId);
            List<RoleProfile> roles = TestCatalogues.ROLES.rolesOf(frameworkId);
            ReadinessEngine one = new ReadinessEngine(() -> prebuilt, TestCatalogues.FRAMEWORKS, TestCatalogues.ROLES);
            ReadinessEngine other = new ReadinessEngine(() -> fromText, TestCatalogues.FRAMEWORKS,
                    TestCatalogues.ROLES);
            for (Employee employee : new WorkforceGenerator(framework, roles).generate(150, 11, AS_OF)) {
                String expected = conclusions(other.explain(employee, roles, AS_OF));
                if (!expected.equals(conclusions(one.explain(employee, roles, AS_OF)))) {
                    differences.add(employee.id());
                }
            }
        });
        assertThat(differences).isEmpty();
    }

    /** Every conclusion of an analysis and the rules that fired, in an order that does not depend on the engine's. */
    private static String conclusions(Analysis analysis) {
        return Stream.of(analysis.redFlags(), analysis.attainments(), analysis.requirementResults(),
                        analysis.missingBehaviours(), analysis.scores(), analysis.readiness(), analysis.paths(),
                        analysis.translated())
                .map(list -> list.stream().map(Object::toString).sorted().toList().toString())
                .reduce(new TreeMap<>(analysis.firedRules()).toString(), String::concat);
    }
}
