package org.pathway.workforce.equality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell suppression over a set of additive relations (a total and the parts that sum to it: a unit's people and
 * its groups, or a group in a unit and the same group in each unit below it). A cell of fewer than {@code smallest}
 * people is suppressed; then, until nothing changes, complementary suppression: wherever differencing published
 * figures through any chain of relations would give away a suppressed cell of 1 to {@code smallest - 1} people, or the
 * sum of a relation's unknown parts is 1 to {@code smallest - 1} people, the smallest part still shown in that relation
 * is suppressed as well. What an attacker can work out is followed exactly: a relation with one unknown element gives
 * it away, and one whose unknown parts must sum to nothing gives each of them away as nought.
 */
final class SmallCells {

    /** A total and the parts that sum to it. */
    record Relation<K>(K total, List<K> parts) {

        List<K> elements() {
            List<K> all = new ArrayList<>(parts);
            all.add(total);
            return all;
        }
    }

    private SmallCells() {
    }

    /** The cells to suppress among {@code counts} (people per cell) under {@code relations}. */
    static <K> Set<K> suppressed(Map<K, Integer> counts, List<Relation<K>> relations, int smallest) {
        Set<K> suppressed = new HashSet<>();
        counts.forEach((cell, people) -> {
            if (people < smallest) {
                suppressed.add(cell);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<K> known = known(counts, suppressed, relations);
            for (Relation<K> relation : relations) {
                if (leaks(relation, counts, suppressed, known, smallest)) {
                    K complement = relation.parts().stream()
                            .filter(p -> !suppressed.contains(p) && counts.get(p) > 0)
                            .min(Comparator.comparingInt(counts::get))
                            .orElse(suppressed.contains(relation.total()) ? null : relation.total());
                    if (complement != null) {
                        suppressed.add(complement);
                        changed = true;
                    }
                }
            }
        }
        return suppressed;
    }

    private static <K> boolean leaks(Relation<K> relation, Map<K, Integer> counts, Set<K> suppressed, Set<K> known,
            int smallest) {
        boolean smallCellRecovered = relation.elements().stream().anyMatch(e -> suppressed.contains(e)
                && known.contains(e) && small(counts.get(e), smallest));
        int unknownParts = relation.parts().stream().filter(p -> !known.contains(p)).mapToInt(counts::get).sum();
        return smallCellRecovered || known.contains(relation.total()) && small(unknownParts, smallest);
    }

    private static boolean small(int people, int smallest) {
        return people > 0 && people < smallest;
    }

    /** The cells shown, and every cell that can be worked out from them. */
    private static <K> Set<K> known(Map<K, Integer> counts, Set<K> suppressed, List<Relation<K>> relations) {
        Set<K> known = new HashSet<>(counts.keySet());
        known.removeAll(suppressed);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Relation<K> relation : relations) {
                List<K> unknown = relation.elements().stream().filter(e -> !known.contains(e)).toList();
                boolean noughts = known.contains(relation.total()) && !unknown.isEmpty()
                        && unknown.stream().mapToInt(counts::get).sum() == 0;
                if (unknown.size() == 1 || noughts) {
                    known.addAll(unknown);
                    grew = true;
                }
            }
        }
        return known;
    }
}
