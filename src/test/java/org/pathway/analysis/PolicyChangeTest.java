package org.pathway.analysis;

import org.pathway.TestCatalogues;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeReader;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.pathway.rules.RuleCompiler;

/** Policy is data: editing a threshold in a copy of rules/ changes the verdict, with no Java rebuilt. */
class PolicyChangeTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    @Test
    void raisingTheReadyNowScoreInPolicyDrlTurnsAReadyNowVerdictIntoOneToTwoYears(@TempDir Path rules) throws IOException {
        copyRules(rules);
        FrameworkCatalogue frameworks = TestCatalogues.FRAMEWORKS;
        RoleCatalogue roles = new RoleLoader().load(Path.of("datasets"), frameworks);
        Employee employee = new EmployeeReader(frameworks, roles)
                .read(Path.of("datasets/workforce/ashfield-mansfield/am-ready-now.json"));

        Verdict before = verdict(rules, frameworks, roles, employee);
        Path policy = rules.resolve("policy/policy.drl");
        Files.writeString(policy, Files.readString(policy)
                .replace("policy.setReadyNowScore(85);", "policy.setReadyNowScore(95);"));
        Verdict after = verdict(rules, frameworks, roles, employee);

        assertThat(before).isEqualTo(Verdict.READY_NOW);
        assertThat(after).isEqualTo(Verdict.READY_IN_1_2_YEARS);
    }

    private static Verdict verdict(Path rules, FrameworkCatalogue frameworks, RoleCatalogue roles, Employee employee) {
        var compiled = new RuleCompiler().compile(rules);
        return new ReadinessEngine(() -> compiled, frameworks, roles).analyse(employee, "service-manager", AS_OF)
                .readinessFor("service-manager").orElseThrow().verdict();
    }

    private static void copyRules(Path target) throws IOException {
        Path source = Path.of("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }
}
