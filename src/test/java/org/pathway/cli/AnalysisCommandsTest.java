package org.pathway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalysisCommandsTest {

    private static final String RED_FLAG = "datasets/workforce/ashfield-mansfield/am-red-flag.json";

    @Test
    void rolesListsAFrameworksLadderJuniorFirstWithItsBasis() {
        CliRun run = CliRun.run("roles", "--framework", "slough-leadership");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("middle-manager\\s+Middle Manager\\s+1\\s+ILLUSTRATIVE")
                .containsPattern("director\\s+Director\\s+3\\s+ILLUSTRATIVE");
        assertThat(run.out().indexOf("middle-manager")).isLessThan(run.out().indexOf("associate-director"));
    }

    @Test
    void analyseExplainsTheVerdictTheRedFlagAndTheMissingBehaviours() {
        CliRun run = CliRun.run("analyse", "--employee", RED_FLAG, "--target", "service-manager", "--as-of", "2026-11-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("VERDICT: READY IN 1-2 YEARS   score 91/100",
                "decided by rule \"Verdict: ready in 1-2 years, held back from ready now by a red flag\" under policy"
                        + " and rules version ",
                "RED FLAGS", "rule \"A recent counting observation of an ineffective behaviour is a red flag\"",
                "[GAP] Achieving commercial outcomes", "behaviours to show:",
                "rule \"Gap on a ranked scale\"");
    }

    @Test
    void analyseAsJsonCarriesEveryRequirementWithItsRuleAndEvidence() {
        CliRun run = CliRun.run("analyse", "--employee", RED_FLAG, "--target", "service-manager", "--as-of", "2026-11-01",
                "--format", "json");

        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.get("verdict").asString()).isEqualTo("READY_IN_1_2_YEARS");
        assertThat(report.get("requirements")).hasSize(10);
        JsonNode first = report.get("requirements").get(0);
        assertThat(first.get("rule").asString()).isNotBlank();
        assertThat(report.get("redFlags").get(0).get("behaviour").asString()).isNotBlank();
        assertThat(report.get("rulesFired").has("Verdict: ready in 1-2 years, held back from ready now by a red flag"))
                .isTrue();
    }

    @Test
    void pathsRanksTheLadderFromTheCurrentRole() {
        CliRun run = CliRun.run("paths", "--employee", "datasets/workforce/ashfield-mansfield/am-ready-now.json",
                "--as-of", "2026-11-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1. Team Leader  ->  Service Manager, score 91")
                .contains("Team Leader  ->  Service Manager  ->  Head of Service");
    }

    @Test
    void anUnknownTargetRoleIsAClearError() {
        CliRun run = CliRun.run("analyse", "--employee", RED_FLAG, "--target", "mayor");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("pathway: unknown role 'mayor' in framework 'ashfield-mansfield': expected one of"
                + " [officer, supervisor, team-leader, service-manager, head-of-service, director, chief-executive]");
    }

    @Test
    void aBrokenEmployeeFileNamesTheFileAndPointer() {
        CliRun run = CliRun.run("analyse", "--employee", "src/test/resources/fixtures/employee-bad-indicator.json",
                "--target", "service-manager");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("src/test/resources/fixtures/employee-bad-indicator.json at /evidence/0/indicatorId:"
                + " expected an indicator id of competency 'seeing-the-big-picture', found 'seeing-the-big-picture.level-9.01'");
    }

    @Test
    void aPlanListsItsActivitiesAndTheVersionItsProjectionWasDecidedUnder() {
        CliRun run = CliRun.run("plan", "--employee", RED_FLAG, "--target", "service-manager", "--as-of", "2026-11-01",
                "--seconds", "2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Development plan for ").contains("START", "ACTIVITY", "COST",
                "Projected readiness (as if each activity's evidence is validated when it ends): ")
                .containsPattern("\\(decided under policy and rules version [0-9a-f]{12}\\)");
    }

    @Test
    void aPlanIsRefusedMoreHoursAWeekThanThePersonWorksOrABudgetNoOneHas() {
        CliRun hours = CliRun.run("plan", "--employee", RED_FLAG, "--target", "service-manager", "--hours-per-week",
                "200");
        CliRun budget = CliRun.run("plan", "--employee", RED_FLAG, "--target", "service-manager", "--budget",
                "5000000");

        assertThat(hours.exitCode()).isEqualTo(2);
        assertThat(hours.err()).contains("--hours-per-week: Give the hours a week for development: more than 0 and no"
                + " more than your contracted");
        assertThat(budget.exitCode()).isEqualTo(2);
        assertThat(budget.err()).contains("--budget: Give a budget in whole pounds from £0 to £100,000.");
    }
}
