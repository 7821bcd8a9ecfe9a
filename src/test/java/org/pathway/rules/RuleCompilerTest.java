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

        assertThat(rules.files()).contains("policy/policy.drl", "evidence/evidence-policy.drl", "readiness/verdict.drl",
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
    void aBadPolicyValueIsRefusedAtTheLineOfTheBadTextWithAQuoteOfIt(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        Path policy = rules.resolve("policy/policy.drl");
        List<String> lines = Files.readAllLines(policy);
        int line = lines.indexOf("    policy.setReadyNowScore(85);") + 1;
        lines.set(line - 1, "    policy.setReadyNowScor(85);");
        Files.write(policy, lines);

        assertThatThrownBy(() -> compiler.compile(rules))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo(policy.toString());
                            assertThat(p.line()).isGreaterThan(7).isEqualTo(line);
                            assertThat(p.message()).contains("setReadyNowScor", "\"policy.setReadyNowScor(85);\"");
                        }));
    }

    @Test
    void aBadValueTypeIsRefusedAtItsLine(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        Path policy = rules.resolve("policy/policy.drl");
        List<String> lines = Files.readAllLines(policy);
        int line = lines.indexOf("    policy.setRedFlagMonths(24);") + 1;
        lines.set(line - 1, "    policy.setRedFlagMonths(24.5);");
        Files.write(policy, lines);

        assertThatThrownBy(() -> compiler.compile(rules))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.line()).isEqualTo(line);
                            assertThat(p.message()).contains("\"policy.setRedFlagMonths(24.5);\"");
                        }));
    }

    @Test
    void aMissingFolderIsRefused() {
        assertThatThrownBy(() -> compiler.compile(Path.of("no-such-rules")))
                .hasMessage("1 error in rules:\n  no-such-rules: expected a folder of .drl files");
    }
}
