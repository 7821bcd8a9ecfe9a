package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
    void aMissingFolderIsRefused() {
        assertThatThrownBy(() -> compiler.compile(Path.of("no-such-rules")))
                .hasMessage("1 error in rules:\n  no-such-rules: expected a folder of .drl files");
    }
}
