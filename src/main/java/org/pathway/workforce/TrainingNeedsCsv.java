package org.pathway.workforce;

import java.util.List;
import org.pathway.csv.CsvCells;

/**
 * The one CSV layout of a training-needs report, for the command line and the page's download alike: a row per need,
 * the scope's ranked needs first (unit ALL), then each unit's, each with its framework.
 */
public final class TrainingNeedsCsv {

    private TrainingNeedsCsv() {
    }

    public static String of(TrainingNeedsReport report) {
        StringBuilder csv = new StringBuilder(CsvCells.line(List.of("framework", "unit", "competency_id", "competency",
                "required_rank", "level", "short_current_role", "essential_current_role", "short_next_role",
                "essential_next_role", "need"))).append('\n');
        for (List<TrainingNeed> rows : List.of(report.ranked(), report.byUnit())) {
            rows.forEach(n -> csv.append(CsvCells.line(List.of(n.frameworkId(), n.unit().isEmpty() ? "ALL" : n.unit(),
                    n.competencyId(), n.competency(), n.requiredRank(), n.level(), n.shortForCurrentRole(),
                    n.essentialForCurrentRole(), n.shortForNextRole(), n.essentialForNextRole(), n.need())))
                    .append('\n'));
        }
        return csv.toString();
    }
}
