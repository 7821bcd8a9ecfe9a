package org.pathway.crosswalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** A text as the English analyser reads it: each stem with how often it occurs and the first word it came from. */
record Words(Map<String, Integer> counts, Map<String, String> surface) {

    static Words of(Analyzer analyzer, String field, String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> surface = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String stem = term.toString();
                counts.merge(stem, 1, Integer::sum);
                surface.putIfAbsent(stem, text.substring(offset.startOffset(), offset.endOffset()).toLowerCase());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Words(counts, surface);
    }
}
