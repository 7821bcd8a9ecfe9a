package org.pathway.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.pathway.planning.DevelopmentPlan.ConstraintLine;

/**
 * A solved plan's score, constraint by constraint, in words: each constraint's level, its part in the score and how
 * many matches it had; constraints with no match are listed as kept.
 */
public final class ConstraintLines {

    private ConstraintLines() {
    }

    /** {@code words} says, per constraint name, what its matches count. */
    public static List<ConstraintLine> of(Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals,
            Map<String, String> words) {
        List<ConstraintLine> lines = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : totals.values()) {
            HardMediumSoftLongScore score = total.getScore();
            String level = score.hardScore() != 0 ? "hard" : score.mediumScore() != 0 ? "medium" : "soft";
            long impact = score.hardScore() != 0 ? score.hardScore()
                    : score.mediumScore() != 0 ? score.mediumScore() : score.softScore();
            lines.add(new ConstraintLine(total.getConstraintName(), level, impact, total.getConstraintMatchCount(),
                    words.getOrDefault(total.getConstraintName(), "")));
        }
        lines.sort(Comparator.comparing(ConstraintLine::level).thenComparing(ConstraintLine::constraint));
        words.keySet().stream().sorted().filter(name -> lines.stream().noneMatch(l -> l.constraint().equals(name)))
                .forEach(name -> lines.add(new ConstraintLine(name, "kept", 0, 0, words.get(name))));
        return lines;
    }
}
