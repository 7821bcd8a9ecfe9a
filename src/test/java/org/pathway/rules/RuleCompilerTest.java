package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCompilerTest {

    private final RuleCompiler compiler = new RuleCompiler();

    @Test
    void theProjectRulesCompileFileByFile() {
        RuleBase rules = compiler.compile(Path.of("rules"));

        assertThat(rules.files()).contains("policy/policy.json", "evidence/evidence-policy.drl", "readiness/verdict.drl",
                "paths/promotion-paths.drl");
    }

    @Test
    void aSyntaxErrorIsRefusedWithItsFileAndLine() {
        assertThatThrownBy(() -> compiler.compile(Path.of("src/test/resources/fixtures/rules-syntax-error")))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("src/test/resources/fixtures/rules-syntax-error/readiness/verdict.drl");
                            // the pattern left open on line 7 is found at the next token, on line 8
                            assertThat(p.line()).isEqualTo(8);
                            assertThat(p.message()).contains("mismatched input");
                        }));
    }

    @Test
    void aTypeErrorIsRefusedWithItsFileLineAndTheUnknownField() {
        assertThatThrownBy(() -> compiler.compile(Path.of("src/test/resources/fixtures/rules-type-error")))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("src/test/resources/fixtures/rules-type-error/red-flags.drl:8:")
                .hasMessageContaining("redFlagMonth");
    }

    @Test
    void aPolicyValueOutOfRangeIsRefusedWithTheFileThePointerAndTheAllowedRange(@TempDir Path rules)
            throws IOException {
        RuleFolder.copyTo(rules);
        Path policy = rules.resolve("policy/policy.json");
        Files.writeString(policy, Files.readString(policy).replace("\"levelShare\": 0.6666666666666666",
                "\"levelShare\": 1.5"));

        assertThatThrownBy(() -> compiler.compile(rules))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo(policy.toString());
                            assertThat(p.message()).startsWith("at /levelShare: ")
                                    .contains("1").endsWith("(allowed: a number above 0 and at most 1)");
                        }));
    }

    @Test
    void aRuleInAStageThatDoesNotExistIsRefusedWithItsLine(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        Path verdict = rules.resolve("readiness/verdict.drl");
        String text = Files.readString(verdict).replaceFirst("ruleflow-group \"score\"", "ruleflow-group \"scores\"");
        Files.writeString(verdict, text);
        int line = text.lines().toList().indexOf("    ruleflow-group \"scores\"") + 1;

        assertThatThrownBy(() -> compiler.compile(rules))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo(verdict.toString());
                            assertThat(p.line()).isEqualTo(line).isPositive();
                            assertThat(p.message()).startsWith("rule \"Readiness score: the weighted share of each"
                                    + " requirement met\": \"scores\" is not a stage; expected one of counting, ")
                                    .contains("score, verdict, paths");
                        }));
    }

    @Test
    void aRuleThatNamesNoStageIsRefusedRatherThanLeftToRunLast(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        Path redFlags = rules.resolve("readiness/red-flags.drl");
        String text = Files.readString(redFlags).replaceFirst("\\s*ruleflow-group \"attainment\"", "");
        Files.writeString(redFlags, text);
        int line = text.lines().toList().indexOf(
                "rule \"A recent counting observation of an ineffective behaviour is a red flag\"") + 1;

        assertThatThrownBy(() -> compiler.compile(rules))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo(redFlags.toString());
                            assertThat(p.line()).isEqualTo(line).isPositive();
                            assertThat(p.message()).contains("names no stage: add ruleflow-group");
                        }));
    }

    @Test
    void aConsequenceThatDoesNotCompileIsRefusedWithItsFileAndLine(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        Path redFlags = rules.resolve("readiness/red-flags.drl");
        String text = Files.readString(redFlags).replace("then\n", "then\n    int months = $e.monthsOld();\n");
        Files.writeString(redFlags, text);
        int ruleLine = text.lines().toList().indexOf(
                "rule \"A recent counting observation of an ineffective behaviour is a red flag\"") + 1;

        assertThatThrownBy(() -> compiler.compile(rules))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo(redFlags.toString());
                            // Drools' KieBuilder places a consequence's Java problems at the line of their rule
                            assertThat(p.line()).isEqualTo(ruleLine);
                            assertThat(p.message()).contains("The method monthsOld() is undefined for the type"
                                    + " CountingEvidence");
                        }));
    }

    @Test
    void aDrlErrorAndAPolicyErrorAreReportedTogether(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        Path verdict = rules.resolve("readiness/verdict.drl");
        Files.writeString(verdict, Files.readString(verdict).replaceFirst("then", "thne"));
        Path policy = rules.resolve("policy/policy.json");
        Files.writeString(policy, Files.readString(policy).replace("\"recencyMonths\": 36", "\"recencyMonth\": 36"));

        assertThatThrownBy(() -> compiler.compile(rules))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.file()).isEqualTo(verdict.toString()))
                        .anySatisfy(p -> assertThat(p.file()).isEqualTo(policy.toString())));
    }

    @Test
    void aFolderWithoutAPolicyFileIsRefused(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        Files.delete(rules.resolve("policy/policy.json"));

        assertThatThrownBy(() -> compiler.compile(rules))
                .hasMessageContaining(rules.resolve("policy/policy.json") + ": expected the policy values file");
    }

    @Test
    void aMissingFolderIsRefused() {
        assertThatThrownBy(() -> compiler.compile(Path.of("no-such-rules")))
                .hasMessage("1 error in rules:\n  no-such-rules: expected a folder of .drl files");
    }
}
