package org.pathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.policy.PolicyFile;

class RuleBaseHolderTest {

    @Test
    void aBrokenReloadKeepsThePreviousRulesAndNamesTheFileAndLine(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        List<RulesReloaded> heard = new ArrayList<>();
        RuleBaseHolder holder = new RuleBaseHolder(rules, new RuleCompiler(), RuleBaseTrial.NONE, heard::add);
        RuleBase before = holder.get();
        Path verdict = rules.resolve("readiness/verdict.drl");
        Files.writeString(verdict, Files.readString(verdict).replaceFirst("then", "thne"));

        RuleBaseHolder.Reload reload = holder.reload();

        assertThat(reload.replaced()).isFalse();
        assertThat(reload.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).endsWith("readiness/verdict.drl");
            assertThat(p.line()).isPositive();
        });
        assertThat(holder.get()).isSameAs(before);
        assertThat(heard).as("nothing to announce: the old rules stay").isEmpty();
    }

    @Test
    void aPolicyValueOutOfRangeOnReloadKeepsThePreviousRulesAndPolicy(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        List<RulesReloaded> heard = new ArrayList<>();
        RuleBaseHolder holder = new RuleBaseHolder(rules, new RuleCompiler(), RuleBaseTrial.NONE, heard::add);
        RuleBase before = holder.get();
        Path policy = rules.resolve("policy/policy.json");
        Files.writeString(policy, Files.readString(policy).replace("\"levelShare\": 0.6666666666666666",
                "\"levelShare\": 1.5"));

        RuleBaseHolder.Reload reload = holder.reload();

        assertThat(reload.replaced()).isFalse();
        assertThat(reload.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(policy.toString());
            assertThat(p.message()).startsWith("at /levelShare:").contains("allowed: a number above 0 and at most 1");
        });
        assertThat(holder.get()).isSameAs(before);
        assertThat(holder.get().policy().levelShare()).isEqualTo(2.0 / 3.0);
        assertThat(heard).isEmpty();
    }

    @Test
    void aGoodReloadSwapsTheNewRulesInAndAnnouncesIt(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        List<RulesReloaded> heard = new ArrayList<>();
        RuleBaseHolder holder = new RuleBaseHolder(rules, new RuleCompiler(), RuleBaseTrial.NONE, heard::add);
        RuleBase before = holder.get();

        RuleBaseHolder.Reload reload = holder.reload();

        assertThat(reload.replaced()).isTrue();
        assertThat(reload.files()).contains("policy/policy.json");
        assertThat(holder.get()).isNotSameAs(before);
        assertThat(heard).singleElement().extracting(RulesReloaded::files).isEqualTo(reload.files());
    }

    @Test
    void rulesCompilingInBackgroundAreInUseOnceTheFirstAskerHasWaitedForThem(@TempDir Path rules) throws IOException {
        RuleFolder.copyTo(rules);
        RuleBaseHolder holder = RuleBaseHolder.compilingInBackground(rules, PolicyFile.of(rules), new RuleCompiler(), RuleBaseTrial.NONE,
                event -> { });

        RuleBase compiled = holder.get();

        assertThat(compiled.files()).contains("readiness/verdict.drl");
        assertThat(holder.get()).isSameAs(compiled);
        assertThat(holder.reload().replaced()).isTrue();
        assertThat(holder.get()).isNotSameAs(compiled);
    }

    @Test
    void brokenRulesCompilingInBackgroundAreRefusedToWhoeverAsksWithTheFileAndLine(@TempDir Path rules)
            throws IOException {
        RuleFolder.copyTo(rules);
        Path verdict = rules.resolve("readiness/verdict.drl");
        Files.writeString(verdict, Files.readString(verdict).replaceFirst("then", "thne"));
        RuleBaseHolder holder = RuleBaseHolder.compilingInBackground(rules, PolicyFile.of(rules), new RuleCompiler(), RuleBaseTrial.NONE,
                event -> { });

        for (int ask = 0; ask < 2; ask++) {
            assertThatThrownBy(holder::get).isInstanceOfSatisfying(RuleCompilationException.class,
                    refused -> assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> {
                        assertThat(p.file()).endsWith("readiness/verdict.drl");
                        assertThat(p.line()).isPositive();
                    }));
        }
    }
}
