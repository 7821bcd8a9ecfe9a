package org.pathway.crosswalk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkLoader;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;

/**
 * The crosswalk benchmark (README, "Benchmarks"): the suggestions' quality against the hand-made oracle at competency
 * level, each direction and in all, and in all at other thresholds (the trade-off between suggesting and being
 * right); the time to suggest all 20 ordered pairs the first time in a process (as the command line does); then the time to build the index and suggest all 20 ordered pairs of the five
 * seed frameworks, indicator level and roles included, five times (median reported).
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@crosswalk-benchmark}.
 */
public final class CrosswalkBenchmark {

    private static final int RUNS = 5;

    private CrosswalkBenchmark() {
    }

    public static void main(String[] args) {
        FrameworkCatalogue frameworks = new FrameworkLoader().load(Path.of("datasets"));
        RoleCatalogue roles = new RoleLoader().load(Path.of("datasets"), frameworks);
        long cold = System.nanoTime();
        int items = count(new CrosswalkSuggester(frameworks, roles).all());
        System.out.printf("all ordered pairs, first in this process (index built, the shipped meanings read, code not yet"
                + " compiled by the JIT; %,d items suggested for): %.2f s%n", items, (System.nanoTime() - cold) / 1e9);
        CrosswalkOracle oracle = CrosswalkOracle.load();
        CrosswalkOracle.Quality total = new CrosswalkOracle.Quality(0, 0, 0, 0, 0);
        CrosswalkSuggester suggester = new CrosswalkSuggester(frameworks, roles);
        for (CrosswalkOracle.Direction direction : oracle.directions()) {
            List<Suggestion> suggestions = suggester.competencies(direction.from(), direction.to());
            CrosswalkOracle.Quality quality = CrosswalkOracle.quality(direction, suggestions);
            print(direction.from() + " -> " + direction.to(), quality);
            if (Boolean.getBoolean("verbose")) {
                suggestions.forEach(s -> System.out.printf("    %-40s %s%n", s.from().competency(),
                        s.candidates().stream().map(c -> c.item().competency() + " " + c.score()).toList()));
            }
            total = total.plus(quality);
        }
        print("all directions (as shipped)", total);
        for (double threshold : new double[] {0, 0.45, 0.475, 0.5, 0.525}) {
            Tuning tuning = new Tuning(Tuning.COMPETENCIES.queryWeights(), Tuning.COMPETENCIES.fieldBoosts(),
                    threshold, Tuning.COMPETENCIES.candidates());
            CrosswalkSuggester other = new CrosswalkSuggester(frameworks, roles, tuning,
                    CounterpartRanking.Settings.SHIPPED, Tuning.INDICATORS);
            print("  the same, suggesting from a best score of " + threshold, oracle.directions().stream()
                    .map(d -> CrosswalkOracle.quality(d, other.competencies(d.from(), d.to())))
                    .reduce(new CrosswalkOracle.Quality(0, 0, 0, 0, 0), CrosswalkOracle.Quality::plus));
        }
        List<Double> seconds = new ArrayList<>();
        int links = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            List<SuggestedCrosswalk> all = new CrosswalkSuggester(frameworks, roles).all();
            seconds.add((System.nanoTime() - start) / 1e9);
            links = count(all);
        }
        Collections.sort(seconds);
        System.out.printf("all %d ordered pairs with indicators and roles again, each with a new index, the texts' meaning"
                + " known (%,d items suggested for): runs %s s,"
                + " median %.2f s; %d cores%n", frameworks.all().size() * (frameworks.all().size() - 1), links,
                seconds.stream().map(s -> String.format("%.2f", s)).toList(), seconds.get(RUNS / 2),
                Runtime.getRuntime().availableProcessors());
    }

    private static int count(List<SuggestedCrosswalk> all) {
        return all.stream().mapToInt(c -> c.competencies().size() + c.indicators().size()).sum();
    }

    private static void print(String label, CrosswalkOracle.Quality q) {
        System.out.printf("%-52s recall@3 %5.1f%% (%d/%d)  recall@1 %5.1f%% (%d/%d)  precision@1 %5.1f%% (%d/%d)%n",
                label, 100 * q.recallAt3(), q.top3Right(), q.withCounterpart(), 100 * q.recallAt1(), q.top1Right(),
                q.withCounterpart(), 100 * q.precisionAt1(), q.suggestedRight(), q.suggested());
    }
}
