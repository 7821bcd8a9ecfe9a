package org.pathway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pathway.rules.RuleFolder;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.TestCatalogues;
import org.pathway.people.Employee;
import org.pathway.people.EmployeeReader;
import org.pathway.rules.RuleBase;
import org.pathway.rules.RuleBaseHolder;
import org.pathway.rules.RuleCompilationException;
import org.pathway.rules.RuleCompiler;
import org.pathway.rules.RuleProblem;

/** Rules that compile but fail when run are refused before they are used: at start, and on a reload. */
class SampleAnalysesTrialTest {

    private static final List<Employee> SAMPLES = Stream.of("am-ready-now", "am-red-flag")
            .map(id -> new EmployeeReader(TestCatalogues.FRAMEWORKS, TestCatalogues.ROLES)
                    .read(Path.of("datasets/workforce/ashfield-mansfield/" + id + ".json"))).toList();

    private static final String EXPLODES = """
            package broken;

            import org.pathway.analysis.AnalysisSubject;

            rule "Compiles but throws when it fires"
                ruleflow-group "counting"
            when
                AnalysisSubject()
            then
                throw new IllegalStateException("this rule always fails");
            end
            """;

    private static SampleAnalysesTrial trial(Path rules) {
        return new SampleAnalysesTrial(TestCatalogues.FRAMEWORKS, TestCatalogues.ROLES, () -> SAMPLES,
                () -> LocalDate.of(2026, 11, 1), rules.toString());
    }

    @Test
    void aReloadOfRulesThatFailWhenRunIsRefusedAndTheRunningRulesStay(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        RuleBaseHolder holder = new RuleBaseHolder(rules, new RuleCompiler(), trial(rules), event -> { });
        RuleBase before = holder.get();
        Files.createDirectories(rules.resolve("broken"));
        Files.writeString(rules.resolve("broken/explodes.drl"), EXPLODES);

        RuleBaseHolder.Reload reload = holder.reload();

        assertThat(reload.replaced()).isFalse();
        assertThat(reload.problems()).isNotEmpty().first().satisfies(problem -> assertThat(problem.message())
                .contains("fail when run on sample employee am-ready-now", "Compiles but throws when it fires"));
        assertThat(holder.get()).isSameAs(before);
    }

    @Test
    void theServiceDoesNotStartOnRulesThatFailWhenRun(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        Files.createDirectories(rules.resolve("broken"));
        Files.writeString(rules.resolve("broken/explodes.drl"), EXPLODES);

        assertThatThrownBy(() -> new RuleBaseHolder(rules, new RuleCompiler(), trial(rules), event -> { }))
                .isInstanceOf(RuleCompilationException.class).hasMessageContaining("fail when run on sample employee");
    }

    @Test
    void rulesWithoutAQueryTheEngineReadsAreRefusedAndTheRunningRulesStay(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        RuleBaseHolder holder = new RuleBaseHolder(rules, new RuleCompiler(), trial(rules), event -> { });
        RuleBase before = holder.get();
        Path conclusions = rules.resolve("conclusions/conclusions.drl");
        Files.writeString(conclusions, Files.readString(conclusions).replace("query \"verdicts\"", "query \"verdict\""));

        RuleBaseHolder.Reload reload = holder.reload();

        assertThat(reload.replaced()).isFalse();
        assertThat(reload.problems()).isNotEmpty().first().satisfies(problem -> assertThat(problem.message())
                .contains("fail when run on sample employee", "verdicts"));
        assertThat(holder.get()).isSameAs(before);
    }

    @Test
    void aLadderOfTiersNamingAFrameworkWithoutRoleTiersIsRefusedWithThePolicyFile(@TempDir Path rules)
            throws IOException {
        RuleFolder.copyTo(rules);
        RuleBaseHolder holder = new RuleBaseHolder(rules, new RuleCompiler(), trial(rules), event -> { });
        Path policy = rules.resolve("policy/policy.json");
        String text = Files.readString(policy);
        Files.writeString(policy, text.replaceFirst("\"tierLadders\": \\[[^\\]]*\\]",
                "\"tierLadders\": [\"ashfeld-mansfield\", \"slough\"]"));

        RuleBaseHolder.Reload reload = holder.reload();

        assertThat(reload.replaced()).isFalse();
        assertThat(reload.problems()).extracting(RuleProblem::toString).containsExactly(
                policy + ": at /tierLadders: expected the id of a framework with role tiers (ashfield-mansfield,"
                        + " chief-officers-appendix-2), found 'ashfeld-mansfield'",
                policy + ": at /tierLadders: expected the id of a framework with role tiers (ashfield-mansfield,"
                        + " chief-officers-appendix-2), found 'slough'");
    }

    @Test
    void theShippedRulesPassTheTrial() {
        assertThat(trial(Path.of("rules")).run(new RuleCompiler().compile(Path.of("rules")))).isEmpty();
    }
}
