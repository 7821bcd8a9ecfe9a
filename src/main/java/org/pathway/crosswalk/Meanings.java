package org.pathway.crosswalk;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What texts mean, as vectors from a small sentence-embedding model (all-MiniLM-L6-v2, quantised, run in this process
 * by ONNX Runtime through langchain4j: nothing leaves the machine): texts that say the same thing in different words
 * ("working collaboratively" and "engaging constructively with stakeholders") lie close, where word overlap sees
 * nothing in common. The model is loaded on first use, which takes seconds, and working out a competency's meaning
 * takes a tenth of a second or more; so the seed frameworks' competencies' meanings are shipped, worked out ahead
 * ({@value #SHIPPED}, written by {@code exec:java@crosswalk-meanings}), each under a digest of the model and the
 * texts it came from: a competency whose texts changed (a framework published since) is worked out afresh. Each
 * meaning is kept for the life of the process.
 */
final class Meanings {

    static final String SHIPPED = "/crosswalk/meanings.tsv";
    private static final String MODEL = "all-MiniLM-L6-v2 (quantised), langchain4j 1.19.0-beta29";
    private static final Map<String, float[]> COMPETENCIES = new ConcurrentHashMap<>();
    private static final Map<String, float[]> TEXTS = new ConcurrentHashMap<>();

    private Meanings() {
    }

    /**
     * A competency's meaning: its summaries and the mean of its levels' behaviours, each of equal weight; the shipped
     * one where its texts are those it was worked out from.
     */
    static float[] of(ItemText competency) {
        String digest = digest(competency);
        float[] shipped = Shipped.VECTORS.get(digest);
        return shipped != null ? shipped : COMPETENCIES.computeIfAbsent(digest, d -> workOut(competency));
    }

    /** A competency's meaning worked out by the model, whatever is shipped. */
    static float[] workOut(ItemText competency) {
        List<float[]> parts = new ArrayList<>(competency.summaries().stream().map(Meanings::of).toList());
        if (!competency.levels().isEmpty()) {
            parts.add(mean(competency.levels().stream().map(Meanings::of).toList()));
        }
        return mean(parts);
    }

    /** The digest a competency's meaning is shipped under: of the model and every text it is worked out from. */
    static String digest(ItemText competency) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(MODEL.getBytes(StandardCharsets.UTF_8));
            for (String text : competency.summaries()) {
                sha.update(("\u0000" + text).getBytes(StandardCharsets.UTF_8));
            }
            for (String text : competency.levels()) {
                sha.update(("\u0001" + text).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A meaning as the shipped file holds it: its floats, little-endian, in Base64. */
    static String encode(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    private static float[] decode(String base64) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
        float[] vector = new float[bytes.remaining() / Float.BYTES];
        bytes.asFloatBuffer().get(vector);
        return vector;
    }

    /** One text's vector, of length 1. */
    static float[] of(String text) {
        return TEXTS.computeIfAbsent(text, t -> unit(Model.INSTANCE.embed(t).content().vector()));
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

    /** The shipped meanings, read when first needed: digest, a tab, the encoded meaning; lines with # are comments. */
    private static final class Shipped {
        static final Map<String, float[]> VECTORS = read();

        private static Map<String, float[]> read() {
            Map<String, float[]> vectors = new HashMap<>();
            try (InputStream in = Meanings.class.getResourceAsStream(SHIPPED)) {
                if (in == null) {
                    return vectors;
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
                        .forEach(fields -> vectors.put(fields[0], decode(fields[1])));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return vectors;
        }
    }

    /** The model, loaded once, when first asked for a vector (about 2 s). */
    private static final class Model {
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }
}
