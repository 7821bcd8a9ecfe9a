package org.pathway.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkLoader;

/** The hand-made oracle parses, covers every pair of seed frameworks and names only competencies that exist. */
class CrosswalkOracleTest {

    private static FrameworkCatalogue frameworks;
    private static CrosswalkOracle oracle;

    @BeforeAll
    static void load() {
        frameworks = new FrameworkLoader().load(Path.of("datasets"));
        oracle = CrosswalkOracle.load();
    }

    @Test
    void everyOrderedPairOfTheSeedFrameworksIsReadOnce() {
        int seeds = frameworks.all().size();
        List<String> pairs = oracle.directions().stream().map(d -> d.from() + " -> " + d.to()).toList();

        assertThat(pairs).hasSize(seeds * (seeds - 1)).doesNotHaveDuplicates();
    }

    @Test
    void everyCompetencyNamedExistsInItsFramework() {
        assertThat(oracle.directions()).allSatisfy(d -> {
            assertThat(ids(d.from())).as(d.from()).containsAll(d.right().keySet());
            assertThat(ids(d.to())).as(d.to())
                    .containsAll(d.right().values().stream().flatMap(Set::stream).toList());
        });
    }

    @Test
    void eachPairListsEveryCompetencyOfOneSideEvenWithoutCounterpart() {
        assertThat(oracle.directions()).allSatisfy(d -> assertThat(oracle.directions())
                .as("%s <-> %s", d.from(), d.to())
                .anySatisfy(side -> {
                    assertThat(Set.of(side.from(), side.to())).isEqualTo(Set.of(d.from(), d.to()));
                    assertThat(side.right().keySet()).isEqualTo(ids(side.from()));
                }));
    }

    private static Set<String> ids(String framework) {
        Framework f = frameworks.get(framework);
        return f.competencies().stream().map(c -> c.id()).collect(Collectors.toSet());
    }
}
