package org.pathway.crosswalk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * Ranks, for each competency of one framework, its counterparts in another, from two views of a pair: their words
 * (BM25 both ways, {@link CrosswalkIndex#mutual}) and their meaning ({@link Meanings}), in equal parts. Some
 * competencies are close to everything (a broad "performance" competency is every other's fair second), so a pair's
 * closeness is then divided by the mean of how close each of the two is, on average, to its {@code neighbours}
 * nearest on the other side (the margin of bilingual text mining): 1 when the pair stands out from neither's
 * neighbourhood. A candidate's score is half its margin (at most 1), so 0.5 is that point; a competency gets
 * suggestions only when its best scores at least the tuning's threshold, then its tuning's number of best candidates.
 * Chosen on the oracle's ten pairs among round values (README, crosswalk benchmark).
 */
final class CounterpartRanking {

    /** The share of meaning in a pair's closeness, and how many nearest make a neighbourhood. */
    record Settings(double meaningShare, int neighbours) {

        static final Settings SHIPPED = new Settings(0.5, 4);
    }

    private final CrosswalkIndex index;
    private final Tuning tuning;
    private final Settings settings;

    CounterpartRanking(CrosswalkIndex index, Tuning tuning, Settings settings) {
        this.index = index;
        this.tuning = tuning;
        this.settings = settings;
    }

    /** One suggestion per competency of {@code from}, in its order, against the competencies of {@code to}. */
    List<Suggestion> rank(List<ItemText> from, List<ItemText> to) {
        double[][] closeness = new double[from.size()][to.size()];
        List<float[]> meaningsTo = to.stream().map(Meanings::of).toList();
        for (int i = 0; i < from.size(); i++) {
            float[] meaning = Meanings.of(from.get(i));
            for (int j = 0; j < to.size(); j++) {
                closeness[i][j] = settings.meaningShare() * Meanings.similarity(meaning, meaningsTo.get(j))
                        + (1 - settings.meaningShare()) * index.mutual(from.get(i), to.get(j), tuning);
            }
        }
        double[] nearFrom = IntStream.range(0, from.size())
                .mapToDouble(i -> nearest(IntStream.range(0, to.size()).mapToDouble(j -> closeness[i][j]))).toArray();
        double[] nearTo = IntStream.range(0, to.size())
                .mapToDouble(j -> nearest(IntStream.range(0, from.size()).mapToDouble(i -> closeness[i][j]))).toArray();
        List<Suggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            int row = i;
            double[] scores = IntStream.range(0, to.size()).mapToDouble(j -> Math.round(
                    Math.min(1, closeness[row][j] / (nearFrom[row] + nearTo[j])) * 1000) / 1000.0).toArray();
            List<Integer> ranked = IntStream.range(0, to.size()).boxed()
                    .sorted(Comparator.comparingDouble(j -> -scores[j])).toList();
            boolean suggested = !ranked.isEmpty() && scores[ranked.get(0)] >= tuning.threshold();
            ItemText source = from.get(i);
            suggestions.add(new Suggestion(source.ref(), source.name(), !suggested ? List.of() : ranked.stream()
                    .limit(tuning.candidates())
                    .map(j -> new Candidate(to.get(j).ref(), to.get(j).name(), scores[j],
                            index.matched(source, to.get(j).ref(), tuning)))
                    .toList()));
        }
        return suggestions;
    }

    /** The mean of the {@code neighbours} highest closenesses. */
    private double nearest(DoubleStream closeness) {
        return closeness.boxed().sorted(Comparator.reverseOrder()).limit(settings.neighbours())
                .mapToDouble(Double::doubleValue).average().orElse(1);
    }
}
