package org.pathway.workforce;

import org.pathway.synthetic.WorkforceGenerator;
import org.pathway.TestCatalogues;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.policy.Policy;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.ReferenceEvaluator;
import org.pathway.people.Employee;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.Requirement;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.pathway.rules.RuleHarness;

/**
 * On a generated workforce of each framework, the training needs analysis and the succession pipeline built from the
 * rules' findings equal those built from the plain-Java reference evaluator's.
 */
class WorkforceViewsReferenceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final FrameworkCatalogue FRAMEWORKS = TestCatalogues.FRAMEWORKS;
    private static final RoleCatalogue ROLES = TestCatalogues.ROLES;

    @ParameterizedTest
    @MethodSource("org.pathway.TestCatalogues#frameworkIds")
    void rulesAndReferenceGiveTheSameTrainingNeedsAndSuccessionPipeline(String frameworkId) {
        Framework framework = FRAMEWORKS.get(frameworkId);
        List<Employee> workforce = new WorkforceGenerator(framework, ROLES.rolesOf(frameworkId)).generate(300, 99, AS_OF);
        ReadinessEngine engine = new ReadinessEngine(RuleHarness::rules, FRAMEWORKS, ROLES);
        List<EmployeeFindings> byRules = new WorkforceAnalyser(engine, ROLES, Runnable::run)
                .analyse(workforce, AS_OF, WorkforceAnalyser.Progress.NONE);
        ReferenceEvaluator reference = new ReferenceEvaluator(RuleHarness.fire().only(Policy.class), framework);
        List<EmployeeFindings> byReference = workforce.stream().map(e -> findings(reference, e)).toList();

        TrainingNeedsAnalysis tna = new TrainingNeedsAnalysis(FRAMEWORKS, ROLES);
        SuccessionPipeline succession = new SuccessionPipeline(FRAMEWORKS, ROLES);
        assertThat(tna.analyse(byRules, UnitScope.WHOLE_COUNCIL, UnitLevel.TEAM))
                .isEqualTo(tna.analyse(byReference, UnitScope.WHOLE_COUNCIL, UnitLevel.TEAM));
        assertThat(succession.analyse(byRules, UnitScope.WHOLE_COUNCIL, null))
                .isEqualTo(succession.analyse(byReference, UnitScope.WHOLE_COUNCIL, null));
        assertThat(tna.analyse(byRules, UnitScope.WHOLE_COUNCIL, UnitLevel.TEAM).ranked()).isNotEmpty();
    }

    private static EmployeeFindings findings(ReferenceEvaluator reference, Employee employee) {
        List<RoleProfile> targets = new ArrayList<>();
        targets.add(ROLES.get(employee.frameworkId(), employee.currentRoleId()));
        targets.addAll(ROLES.rolesAbove(employee.frameworkId(), employee.currentRoleId()));
        Framework framework = FRAMEWORKS.get(employee.frameworkId());
        List<EmployeeFindings.RoleFinding> roles = new ArrayList<>();
        int redFlags = 0;
        for (RoleProfile role : targets) {
            ReferenceEvaluator.Outcome outcome = reference.evaluate(employee, role, AS_OF);
            redFlags = outcome.redFlagEvidence().size();
            List<EmployeeFindings.GapFinding> gaps = new ArrayList<>();
            for (Requirement requirement : role.requirements()) {
                double gap = outcome.gaps().get(requirement.competencyId());
                if (gap > 0) {
                    int rank = requirement.minLevelId() == null ? 0
                            : framework.scale().level(requirement.minLevelId()).orElseThrow().rank();
                    gaps.add(new EmployeeFindings.GapFinding(requirement.competencyId(), rank, requirement.essential(),
                            requirement.weight(), gap));
                }
            }
            roles.add(new EmployeeFindings.RoleFinding(role.id(), outcome.verdict(), outcome.score(),
                    "reference evaluator", gaps));
        }
        return new EmployeeFindings(employee.id(), employee.name(), employee.frameworkId(), employee.currentRoleId(),
                employee.unit(), employee.contractedHours(), roles, redFlags, RuleHarness.rules().version());
    }
}
