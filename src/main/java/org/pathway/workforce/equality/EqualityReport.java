package org.pathway.workforce.equality;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import org.pathway.people.Characteristic;
import org.pathway.workforce.UnitLevel;

/**
 * The equality impact of readiness decisions: for each protected characteristic, the scope's people and each unit's
 * at the breakdown level, by group; figures only for groups of at least {@code smallestGroup} people, and none that
 * can be worked out from the others (a suppressed cell has no figures).
 *
 * @param cohortPlan whether places and spend come from a cohort plan (otherwise those figures are absent)
 */
public record EqualityReport(String scope, UnitLevel by, int smallestGroup, double fourFifths, boolean cohortPlan,
        String decidedUnder, List<Table> tables) {

    /** One characteristic's groups, for the scope and for each unit below it. */
    public record Table(Characteristic characteristic, String words, List<UnitRow> units) {
    }

    /** A unit's people in all and by group. */
    public record UnitRow(String unit, Cell all, List<Cell> groups) {

        /** The unit's people in all, then each group: the rows a page shows. */
        @JsonIgnore
        public List<Cell> cells() {
            List<Cell> cells = new ArrayList<>(List.of(all));
            cells.addAll(groups);
            return cells;
        }
    }

    /**
     * A group's figures, or none when suppressed; the adverse impact ratio of its ready-now rate against the most
     * favoured group's in the same unit (null when either is suppressed or none is ready), flagged below four fifths,
     * with what drives a flagged gap.
     */
    public record Cell(String group, String words, Figures figures, Double adverseImpactRatio, boolean flagged,
            List<String> drivers) {

        public boolean suppressed() {
            return figures == null;
        }
    }

    /**
     * Rates of the verdicts for the next role; shares of the evidence those verdicts rest on; the mean age in days of
     * the evidence waiting for validation; places and spend per head in the cohort plan (null without one).
     */
    public record Figures(int people, double readyNow, double readyInOneToTwoYears, double insufficientEvidence,
            double selfRecorded, double validated, Double validationWaitDays, Double placesPerHead,
            Double spendPerHead) {
    }
}
