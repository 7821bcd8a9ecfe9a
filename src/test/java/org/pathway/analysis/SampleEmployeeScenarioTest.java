package org.pathway.analysis;

import org.pathway.TestCatalogues;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeReader;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.rules.RuleHarness;

/**
 * The sample employees of datasets/workforce against their plausible target roles, with verdicts, scores, gaps and
 * red flags worked out by hand from the seeds and the policy (reasoning in src/test/resources/scenarios/README.md).
 */
class SampleEmployeeScenarioTest {

    private static final FrameworkCatalogue FRAMEWORKS = TestCatalogues.FRAMEWORKS;
    private static final RoleCatalogue ROLES = TestCatalogues.ROLES;
    private static final ReadinessEngine ENGINE = new ReadinessEngine(RuleHarness::rules, FRAMEWORKS, ROLES);

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvFileSource(resources = "/scenarios/expected-verdicts.csv", numLinesToSkip = 1)
    void verdictIsTheOneWorkedOutByHand(String employeeFile, String targetRole, LocalDate asOf, Verdict verdict,
            int score, String gapCompetencies, String redFlagCompetencies) {
        Employee employee = new EmployeeReader(FRAMEWORKS, ROLES).read(Path.of("datasets/workforce", employeeFile));

        Analysis analysis = ENGINE.analyse(employee, targetRole, asOf);

        Readiness readiness = analysis.readinessFor(targetRole).orElseThrow();
        assertThat(readiness.verdict()).isEqualTo(verdict);
        assertThat(readiness.score()).isEqualTo(score);
        Set<String> gaps = analysis.resultsFor(targetRole).stream().filter(r -> !r.met())
                .map(RequirementResult::competencyId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> redFlags = analysis.redFlags().stream().map(RedFlag::competencyId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(gaps).isEqualTo(set(gapCompetencies));
        assertThat(redFlags).isEqualTo(set(redFlagCompetencies));
    }

    private static Set<String> set(String semicolonSeparated) {
        return semicolonSeparated == null ? new TreeSet<>()
                : Arrays.stream(semicolonSeparated.split(";")).collect(Collectors.toCollection(TreeSet::new));
    }
}
