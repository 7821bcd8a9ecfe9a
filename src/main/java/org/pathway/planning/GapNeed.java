package org.pathway.planning;

import java.util.List;
import java.util.Map;

/**
 * What closing a gap takes, behaviour by behaviour: for each level still to be met (each part), the evidence weight
 * each of its behaviours still lacks to be demonstrated, and how many of them must be. On rating scales the
 * "behaviours" are the key themes still rated below the requirement.
 */
public record GapNeed(List<Part> parts) {

    private static final double ROUNDING = 1e-9;

    public GapNeed {
        parts = List.copyOf(parts);
    }

    /**
     * One level to meet (its rank: 0 with no levels): the weight each behaviour not yet demonstrated lacks, and how
     * many more must be.
     */
    public record Part(int rank, String level, Map<String, Double> lacking, int toDemonstrate) {

        public Part {
            lacking = Map.copyOf(lacking);
        }

        int demonstratedWith(Map<String, Double> planned) {
            return (int) lacking.entrySet().stream()
                    .filter(e -> planned.getOrDefault(e.getKey(), 0.0) >= e.getValue() - ROUNDING).count();
        }

        boolean metWith(Map<String, Double> planned) {
            return demonstratedWith(planned) >= toDemonstrate;
        }
    }

    /** Whether the planned evidence (weight by behaviour) closes the gap. */
    public boolean closedBy(Map<String, Double> planned) {
        return parts.stream().allMatch(p -> p.metWith(planned));
    }

    /**
     * Whether an activity at this rank giving this evidence (weight by behaviour) helps: it is at a level the gap
     * needs, not a more senior or junior one, and covers a behaviour the gap still lacks.
     */
    public boolean helpedBy(int rank, Map<String, Double> evidence) {
        return parts.stream().anyMatch(p -> p.rank() == rank && evidence.keySet().stream().anyMatch(p.lacking()::containsKey));
    }

    /** The parts the planned evidence leaves unmet, in words: "Level 3: 1 of 2 more behaviours". */
    public List<String> unmetWith(Map<String, Double> planned) {
        return parts.stream().filter(p -> !p.metWith(planned)).map(p -> p.level() + ": "
                + Math.min(p.demonstratedWith(planned), p.toDemonstrate()) + " of " + p.toDemonstrate()
                + " more behaviours demonstrated").toList();
    }
}
