package org.pathway.workforce.equality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pathway.csv.CsvCells;

/**
 * The equality impact report as CSV, for the council's equality report: a row per characteristic, unit and group
 * (group "Everyone" for the unit's people in all); a suppressed cell says "fewer than 10 or withheld" and has no
 * figures.
 */
public final class EqualityCsv {

    private EqualityCsv() {
    }

    public static String of(EqualityReport report) {
        StringBuilder csv = new StringBuilder(CsvCells.line(List.of("characteristic", "unit", "group", "people",
                "ready_now_rate", "ready_in_1_2_years_rate", "insufficient_evidence_rate", "self_recorded_share",
                "validated_share", "validation_wait_days", "places_per_head", "spend_per_head",
                "adverse_impact_ratio", "below_four_fifths", "what_drives_it"))).append('\n');
        for (EqualityReport.Table table : report.tables()) {
            for (EqualityReport.UnitRow row : table.units()) {
                line(csv, table.words(), row.unit(), row.all());
                row.groups().forEach(cell -> line(csv, table.words(), row.unit(), cell));
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String characteristic, String unit, EqualityReport.Cell cell) {
        List<Object> fields = new ArrayList<>(List.of(characteristic, unit, cell.words()));
        EqualityReport.Figures f = cell.figures();
        if (f == null) {
            fields.add("fewer than " + EqualityImpact.SMALLEST_GROUP + " or withheld");
            fields.addAll(Arrays.asList(new Object[11]));
        } else {
            fields.addAll(Arrays.asList(f.people(), number(f.readyNow()), number(f.readyInOneToTwoYears()),
                    number(f.insufficientEvidence()), number(f.selfRecorded()), number(f.validated()),
                    number(f.validationWaitDays()), number(f.placesPerHead()), number(f.spendPerHead()),
                    number(cell.adverseImpactRatio()), cell.adverseImpactRatio() == null ? "" : cell.flagged() ? "yes"
                            : "no", String.join("; ", cell.drivers())));
        }
        csv.append(CsvCells.line(fields)).append('\n');
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.UK, "%.3f", value);
    }
}
