package org.pathway.crosswalk;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What texts mean, as vectors from a small sentence-embedding model (all-MiniLM-L6-v2, quantised, run in this process
 * by ONNX Runtime through langchain4j: nothing leaves the machine): texts that say the same thing in different words
 * ("working collaboratively" and "engaging constructively with stakeholders") lie close, where word overlap sees
 * nothing in common. The model is loaded on first use; each text's vector is kept for the life of the process, as
 * the frameworks' texts change only when one is published.
 */
final class Meanings {

    private static final Map<String, float[]> VECTORS = new ConcurrentHashMap<>();

    private Meanings() {
    }

    /** A competency's meaning: its summaries and the mean of its levels' behaviours, each of equal weight. */
    static float[] of(ItemText competency) {
        List<float[]> parts = new java.util.ArrayList<>(competency.summaries().stream().map(Meanings::of).toList());
        if (!competency.levels().isEmpty()) {
            parts.add(mean(competency.levels().stream().map(Meanings::of).toList()));
        }
        return mean(parts);
    }

    /** One text's vector, of length 1. */
    static float[] of(String text) {
        return VECTORS.computeIfAbsent(text, t -> unit(Model.INSTANCE.embed(t).content().vector()));
    }

    /** How alike two unit vectors are: the cosine of the angle between them. */
    static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] mean(List<float[]> vectors) {
        float[] sum = new float[vectors.get(0).length];
        vectors.forEach(v -> {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        });
        return unit(sum);
    }

    private static float[] unit(float[] vector) {
        double norm = Math.sqrt(similarity(vector, vector));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }

    /** The model, loaded once, when first asked for a vector (about 2 s). */
    private static final class Model {
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }
}
