package org.pathway.crosswalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One in-memory Lucene index (BM25, English analyser: stemming and stop words) of the competencies and effective
 * indicators of the frameworks given, so every framework's words are weighed against the same collection. A query is
 * an item's words, weighted by the field they come from, searched in another framework's items; its score is divided
 * by the same query's score against the item itself, so scores compare across items (1.0: as close as itself).
 */
final class CrosswalkIndex {

    private static final String KIND = "kind";
    private static final String FRAMEWORK = "framework";
    private static final String KEY = "key";
    private static final String COMPETENCY = "competency";
    private static final int MAX_CLAUSES = 16_384;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;
    private final Map<String, Map<String, String>> surfaces = new HashMap<>();
    private final Map<String, ItemText> byKey = new HashMap<>();
    private final Map<String, Integer> documentsOfKind = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Double> selfScores = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Double>> closeness = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Double>> termWeights = new ConcurrentHashMap<>();

    CrosswalkIndex(List<ItemText> competencies, List<ItemText> indicators) {
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), MAX_CLAUSES));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity()))) {
            add(writer, competencies, "competency");
            add(writer, indicators, "indicator");
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(IndexWriter writer, List<ItemText> texts, String kind) throws IOException {
        for (ItemText text : texts) {
            Document document = new Document();
            String key = key(text.ref());
            document.add(new StringField(KIND, kind, Field.Store.NO));
            document.add(new StringField(FRAMEWORK, text.ref().framework(), Field.Store.NO));
            document.add(new StringField(KEY, key, Field.Store.YES));
            document.add(new StringField(COMPETENCY, text.ref().competency(), Field.Store.NO));
            text.fields().forEach((field, value) -> document.add(new TextField(field, value, Field.Store.NO)));
            writer.addDocument(document);
            Map<String, String> surface = new HashMap<>();
            text.fields().forEach((field, value) -> Words.of(analyzer, field, value).surface()
                    .forEach(surface::putIfAbsent));
            surface.keySet().forEach(stem -> documentFrequency.merge(kind + ":" + stem, 1, Integer::sum));
            surfaces.put(key, surface);
            byKey.put(key, text);
            documentsOfKind.merge(kind, 1, Integer::sum);
        }
    }

    /** The candidates in {@code framework} for {@code source} by their words alone, best first, down to the threshold. */
    List<Candidate> search(ItemText source, String framework, Tuning tuning) {
        Map<String, Double> weights = termWeights(source, tuning);
        List<Candidate> candidates = new ArrayList<>();
        closeness(source, weights, framework, tuning.candidates(), tuning).forEach((key, closeness) -> {
            ItemText target = byKey.get(key);
            candidates.add(new Candidate(target.ref(), target.name(), round(closeness), matched(weights, key,
                    kind(source))));
        });
        return candidates.stream().sorted(Comparator.comparingDouble(c -> -c.score()))
                .filter(c -> c.score() >= tuning.threshold()).toList();
    }

    /** How close two items are by their words: the geometric mean of how close each is to the other. */
    double mutual(ItemText a, ItemText b, Tuning tuning) {
        return Math.sqrt(closeness(a, b.ref().framework(), tuning).getOrDefault(key(b.ref()), 0.0)
                * closeness(b, a.ref().framework(), tuning).getOrDefault(key(a.ref()), 0.0));
    }

    /** The words {@code source} and {@code target} share, the most telling first, as written in the target. */
    List<String> matched(ItemText source, ItemRef target, Tuning tuning) {
        return matched(termWeights(source, tuning), key(target), kind(source));
    }

    /** How close each item of {@code framework} is to {@code item}, for every item there: kept, as both ways need it. */
    private Map<String, Double> closeness(ItemText item, String framework, Tuning tuning) {
        return closeness.computeIfAbsent(key(item.ref()) + "\u0000" + framework, k -> closeness(item,
                termWeights(item, tuning), framework, documentsOfKind.get(kind(item)), tuning));
    }

    /** The best {@code wanted} items of {@code framework} for the query, each score over the query's own item's. */
    private Map<String, Double> closeness(ItemText item, Map<String, Double> weights, String framework, int wanted,
            Tuning tuning) {
        if (weights.isEmpty()) {
            return Map.of();
        }
        double self = selfScores.computeIfAbsent(key(item.ref()), key -> score(weights, tuning, KEY, key));
        if (self == 0) {
            return Map.of();
        }
        BooleanQuery.Builder query = should(weights, tuning)
                .add(new TermQuery(new Term(FRAMEWORK, framework)), Occur.FILTER)
                .add(new TermQuery(new Term(KIND, kind(item))), Occur.FILTER);
        Map<String, Double> scores = new LinkedHashMap<>();
        try {
            for (ScoreDoc hit : searcher.search(query.build(), wanted).scoreDocs) {
                scores.put(searcher.storedFields().document(hit.doc).get(KEY), Math.min(1.0, hit.score / self));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores;
    }

    /** The effective indicators of one competency of {@code framework}, closest to {@code source} first, all of them. */
    List<ItemRef> indicatorsWithin(ItemText source, String framework, String competency, Tuning tuning) {
        Map<String, Double> weights = termWeights(source, tuning);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        weights.forEach((stem, weight) -> tuning.fieldBoosts().forEach((field, boost) -> query.add(
                new BoostQuery(new TermQuery(new Term(field, stem)), (float) (weight * boost)), Occur.SHOULD)));
        query.add(new TermQuery(new Term(FRAMEWORK, framework)), Occur.FILTER)
                .add(new TermQuery(new Term(KIND, "indicator")), Occur.FILTER)
                .add(new TermQuery(new Term(COMPETENCY, competency)), Occur.FILTER);
        List<ItemRef> ranked = new ArrayList<>();
        try {
            for (ScoreDoc hit : searcher.search(query.build(), documentsOfKind.get("indicator")).scoreDocs) {
                ranked.add(byKey.get(searcher.storedFields().document(hit.doc).get(KEY)).ref());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ranked;
    }

    private static String kind(ItemText item) {
        return item.ref().isIndicator() ? "indicator" : "competency";
    }

    private double score(Map<String, Double> weights, Tuning tuning, String field, String value) {
        try {
            ScoreDoc[] hits = searcher.search(should(weights, tuning)
                    .add(new TermQuery(new Term(field, value)), Occur.FILTER).build(), 1).scoreDocs;
            return hits.length == 0 ? 0 : hits[0].score;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BooleanQuery.Builder should(Map<String, Double> weights, Tuning tuning) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        weights.forEach((stem, weight) -> tuning.fieldBoosts().forEach((field, boost) -> {
            Query term = new TermQuery(new Term(field, stem));
            query.add(new BoostQuery(term, (float) (weight * boost)), Occur.SHOULD);
        }));
        return query;
    }

    /** Each stem of the source with its weight: the field's weight times 1 + ln(occurrences), summed over fields. */
    private Map<String, Double> termWeights(ItemText source, Tuning tuning) {
        return termWeights.computeIfAbsent(key(source.ref()), key -> weigh(source, tuning));
    }

    private Map<String, Double> weigh(ItemText source, Tuning tuning) {
        Map<String, Double> weights = new HashMap<>();
        source.fields().forEach((field, text) -> {
            double fieldWeight = tuning.queryWeights().getOrDefault(field, 0.0);
            Words.of(analyzer, field, text).counts().forEach((stem, count) ->
                    weights.merge(stem, fieldWeight * (1 + Math.log(count)), Double::sum));
        });
        weights.values().removeIf(w -> w <= 0);
        return weights;
    }

    /** The words source and target share, the most telling first (weight times rarity), as written in the target. */
    private List<String> matched(Map<String, Double> weights, String key, String kind) {
        Map<String, String> surface = surfaces.get(key);
        int documents = documentsOfKind.get(kind);
        return surface.keySet().stream().filter(weights::containsKey)
                .sorted(Comparator.comparingDouble((String stem) -> -weights.get(stem)
                        * Math.log(1.0 + documents / (double) documentFrequency.getOrDefault(kind + ":" + stem, 1)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(8).map(surface::get).toList();
    }

    private static String key(ItemRef ref) {
        return (ref.isIndicator() ? "i:" : "c:") + ref.framework() + "\u0000" + ref.itemId();
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
