package org.pathway.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.TestCatalogues;
import org.pathway.activity.Activity;
import org.pathway.analysis.Analysis;
import org.pathway.analysis.Attainment;
import org.pathway.analysis.DemonstratedIndicator;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.RequirementResult;
import org.pathway.framework.Framework;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeReader;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.rules.RuleHarness;

/** What a plan expects a completed activity to give, and how a projection weighs it (issue 12, questions 9 and 10). */
class PlannedEvidenceTest {

    private static final ReadinessEngine ENGINE = new ReadinessEngine(RuleHarness::rules, TestCatalogues.FRAMEWORKS,
            TestCatalogues.ROLES);
    private static final Framework SLOUGH = TestCatalogues.FRAMEWORKS.get("slough-leadership");
    private static final LocalDate DONE = LocalDate.of(2027, 3, 1);

    private static Employee sample(String file) {
        return new EmployeeReader(TestCatalogues.FRAMEWORKS, TestCatalogues.ROLES)
                .read(Path.of("datasets/workforce/slough-leadership", file));
    }

    private static Activity activity(String id) {
        return TestCatalogues.ACTIVITIES.find(SLOUGH.id(), id).orElseThrow();
    }

    private static List<Evidence> expected(String... activityIds) {
        List<Evidence> expected = new ArrayList<>();
        for (String id : activityIds) {
            expected.addAll(new PlannedEvidence(SLOUGH).of(id, activity(id).develops().get(0), DONE));
        }
        return expected;
    }

    /** The same employee with the expected evidence recorded and validated on the day the activities end. */
    private static Employee recordedAndValidated(Employee employee, List<Evidence> expected) {
        List<Evidence> evidence = new ArrayList<>(employee.evidence());
        expected.forEach(e -> evidence.add(new Evidence("recorded-" + e.id(), e.competencyId(), e.indicatorId(),
                e.keyThemeId(), e.ratingLevelId(), e.source(), EvidenceStatus.CLAIMED, DONE, null, null, null,
                "Recorded on completing the activity").decided(EvidenceStatus.VALIDATED, "manager", DONE, null)));
        return new Employee(employee.id(), employee.name(), employee.frameworkId(), employee.currentRoleId(),
                employee.unit(), employee.managerId(), employee.contractedHours(), evidence);
    }

    @Test
    void aProjectionGivesTheVerdictThatRecordingAndValidatingTheSameEvidenceGives() {
        // question 9: a plan projected "ready now" from evidence weighed 1.0 that weighed 0.75 once recorded
        Employee employee = sample("sl-not-yet.json");
        for (String[] plan : List.of(new String[] {"self-belief.level-2.course"},
                new String[] {"self-belief.level-2.course", "self-belief.level-2.e-learning"},
                new String[] {"self-belief.level-4.qualification", "seizing-the-future.level-2.e-learning"})) {
            List<Evidence> expected = expected(plan);

            Analysis projected = ENGINE.project(employee, "associate-director", DONE, expected);
            Analysis recorded = ENGINE.analyse(recordedAndValidated(employee, expected), "associate-director", DONE);

            assertThat(projected.readinessFor("associate-director")).isEqualTo(recorded.readinessFor("associate-director"));
            assertThat(projected.resultsFor("associate-director")).extracting(RequirementResult::competencyId,
                    RequirementResult::attainedRank, RequirementResult::gap)
                    .containsExactlyInAnyOrderElementsOf(recorded.resultsFor("associate-director").stream()
                            .map(r -> tuple(r.competencyId(), r.attainedRank(), r.gap())).toList());
        }
    }

    @Test
    void aShortActivityGivesACompletionRecordOfItsOwnLevelsBehavioursOnly() {
        // question 10: a 4-hour e-learning took a Slough competency from nothing past Level 4
        Activity eLearning = activity("seizing-the-future.level-4.e-learning");
        List<Evidence> expected = expected(eLearning.id());
        Employee nobody = new Employee("nobody", "Nobody", SLOUGH.id(), "middle-manager", null, null, 37.0, List.of());

        assertThat(expected).hasSize(SLOUGH.competency("seizing-the-future").orElseThrow()
                .effectiveIndicatorsAt("level-4").size())
                .allSatisfy(e -> {
                    assertThat(e.source()).isEqualTo(EvidenceSource.ACTIVITY);
                    assertThat(SLOUGH.indicator(e.indicatorId()).orElseThrow().levelId()).isEqualTo("level-4");
                });
        Analysis projected = ENGINE.project(nobody, "middle-manager", DONE, expected);
        assertThat(projected.demonstrated()).extracting(DemonstratedIndicator::competencyId)
                .doesNotContain("seizing-the-future");
        assertThat(projected.attainmentOf("seizing-the-future").map(Attainment::rank).orElse(0)).isZero();
    }
}
