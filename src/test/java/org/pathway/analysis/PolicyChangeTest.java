package org.pathway.analysis;

import org.pathway.TestCatalogues;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.rules.RuleFolder;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeReader;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.pathway.rules.RuleCompiler;

/** Policy is data: editing a value in a copy of rules/policy/policy.json changes the verdict, with no Java rebuilt. */
class PolicyChangeTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    @Test
    void raisingTheReadyNowScoreInThePolicyFileTurnsAReadyNowVerdictIntoOneToTwoYears(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        FrameworkCatalogue frameworks = TestCatalogues.FRAMEWORKS;
        RoleCatalogue roles = new RoleLoader().load(Path.of("datasets"), frameworks);
        Employee employee = new EmployeeReader(frameworks, roles)
                .read(Path.of("datasets/workforce/ashfield-mansfield/am-ready-now.json"));

        Verdict before = verdict(rules, frameworks, roles, employee);
        edit(rules, "\"readyNowScore\": 85", "\"readyNowScore\": 95");
        Verdict after = verdict(rules, frameworks, roles, employee);

        assertThat(before).isEqualTo(Verdict.READY_NOW);
        assertThat(after).isEqualTo(Verdict.READY_IN_1_2_YEARS);
    }

    @Test
    void makingAppendix2sColumnsALadderLetsAChiefExecutiveStatementMeetAServiceDirectorRequirement(@TempDir Path rules)
            throws IOException {
        RuleFolder.copyTo(rules);
        Employee employee = EvidenceOn.employee("chief-officers-appendix-2", "head-of-service",
                EvidenceOn.indicator("ce", "political-awareness.chief-executive.01", EvidenceSource.MANAGER,
                        EvidenceStatus.VALIDATED, AS_OF.minusDays(30)));

        boolean before = met(rules, employee, "service-director", "political-awareness");
        edit(rules, "\"tierLadders\": [\"ashfield-mansfield\"]",
                "\"tierLadders\": [\"ashfield-mansfield\", \"chief-officers-appendix-2\"]");
        boolean after = met(rules, employee, "service-director", "political-awareness");

        assertThat(before).isFalse();
        assertThat(after).isTrue();
    }

    @Test
    void whenRepeatsDoNotCorroborateTheSameSelfClaimOnAnotherDayAddsNothing(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        String indicator = "seeing-the-big-picture.level-2.01";
        Employee employee = EvidenceOn.employee("ashfield-mansfield", "supervisor",
                selfClaim("s1", indicator, 60), selfClaim("s2", indicator, 30));

        boolean before = demonstrated(rules, employee, indicator);
        edit(rules, "\"repeatsCorroborate\": true", "\"repeatsCorroborate\": false");
        boolean after = demonstrated(rules, employee, indicator);

        assertThat(before).isTrue();
        assertThat(after).isFalse();
    }

    private static org.pathway.people.Evidence selfClaim(String id, String indicatorId, int daysAgo) {
        return EvidenceOn.indicator(id, indicatorId, EvidenceSource.SELF, EvidenceStatus.VALIDATED,
                AS_OF.minusDays(daysAgo));
    }

    private static void edit(Path rules, String from, String to) throws IOException {
        Path policy = rules.resolve("policy/policy.json");
        String text = Files.readString(policy);
        assertThat(text).contains(from);
        Files.writeString(policy, text.replace(from, to));
    }

    private static ReadinessEngine engine(Path rules) {
        var compiled = new RuleCompiler().compile(rules);
        return new ReadinessEngine(() -> compiled, TestCatalogues.FRAMEWORKS, TestCatalogues.ROLES);
    }

    private static boolean met(Path rules, Employee employee, String roleId, String competencyId) {
        return engine(rules).analyse(employee, roleId, AS_OF).resultsFor(roleId).stream()
                .filter(r -> r.competencyId().equals(competencyId)).findFirst().orElseThrow().met();
    }

    private static boolean demonstrated(Path rules, Employee employee, String indicatorId) {
        return engine(rules).analyse(employee, "service-manager", AS_OF).demonstrated().stream()
                .anyMatch(d -> d.indicatorId().equals(indicatorId));
    }

    private static Verdict verdict(Path rules, FrameworkCatalogue frameworks, RoleCatalogue roles, Employee employee) {
        var compiled = new RuleCompiler().compile(rules);
        return new ReadinessEngine(() -> compiled, frameworks, roles).analyse(employee, "service-manager", AS_OF)
                .readinessFor("service-manager").orElseThrow().verdict();
    }
}
