package org.pathway.crosswalk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-made crosswalk of {@code src/test/resources/crosswalk/oracle.json} (the ten pairs of seed frameworks, read
 * in both directions; a pair's {@code notes} are for people and not read) and the quality figures of suggestions
 * against it, at competency level: recall@3 and recall@1 over the competencies that have a right counterpart,
 * precision@1 over the competencies given a top suggestion at all.
 */
record CrosswalkOracle(List<Direction> directions) {

    /** One ordered pair: each source competency with the counterparts that are right for it (none: suggest nothing). */
    record Direction(String from, String to, Map<String, Set<String>> right) {
    }

    /** The figures, with the counts behind them. */
    record Quality(int withCounterpart, int top3Right, int top1Right, int suggested, int suggestedRight) {

        double recallAt3() {
            return (double) top3Right / withCounterpart;
        }

        double recallAt1() {
            return (double) top1Right / withCounterpart;
        }

        double precisionAt1() {
            return suggested == 0 ? 0 : (double) suggestedRight / suggested;
        }

        Quality plus(Quality other) {
            return new Quality(withCounterpart + other.withCounterpart, top3Right + other.top3Right,
                    top1Right + other.top1Right, suggested + other.suggested, suggestedRight + other.suggestedRight);
        }
    }

    static CrosswalkOracle load() {
        try (InputStream in = CrosswalkOracle.class.getResourceAsStream("/crosswalk/oracle.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Direction> directions = new ArrayList<>();
            for (JsonNode pair : root.get("pairs")) {
                String from = pair.get("from").asString();
                String to = pair.get("to").asString();
                Map<String, Set<String>> forward = new LinkedHashMap<>();
                Map<String, Set<String>> backward = new LinkedHashMap<>();
                pair.get("links").properties().forEach(link -> {
                    forward.put(link.getKey(), new LinkedHashSet<>());
                    link.getValue().forEach(target -> {
                        forward.get(link.getKey()).add(target.asString());
                        backward.computeIfAbsent(target.asString(), t -> new LinkedHashSet<>()).add(link.getKey());
                    });
                });
                directions.add(new Direction(from, to, forward));
                directions.add(new Direction(to, from, backward));
            }
            return new CrosswalkOracle(directions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The quality of one direction's suggestions; a competency the oracle does not list in the reverse has none. */
    static Quality quality(Direction direction, List<Suggestion> suggestions) {
        int withCounterpart = 0;
        int top3 = 0;
        int top1 = 0;
        int suggested = 0;
        int suggestedRight = 0;
        for (Suggestion suggestion : suggestions) {
            Set<String> right = direction.right().getOrDefault(suggestion.from().competency(), Set.of());
            List<String> ranked = suggestion.candidates().stream().map(c -> c.item().competency()).toList();
            if (!right.isEmpty()) {
                withCounterpart++;
                top3 += ranked.stream().limit(3).anyMatch(right::contains) ? 1 : 0;
                top1 += !ranked.isEmpty() && right.contains(ranked.get(0)) ? 1 : 0;
            }
            if (!ranked.isEmpty()) {
                suggested++;
                suggestedRight += right.contains(ranked.get(0)) ? 1 : 0;
            }
        }
        return new Quality(withCounterpart, top3, top1, suggested, suggestedRight);
    }
}
