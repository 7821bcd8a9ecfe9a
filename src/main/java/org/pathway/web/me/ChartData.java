package org.pathway.web.me;

import java.util.List;
import org.pathway.analysis.ReadinessReport;
import tools.jackson.databind.json.JsonMapper;

/** The figures behind a readiness chart: per competency, the level required and the level demonstrated (as %). */
public record ChartData(List<String> labels, List<Double> required, List<Double> demonstrated, String unit) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** JSON for the page's chart: 100 means the required level; demonstrated is shown against it. */
    public static String of(ReadinessReport report) {
        List<ReadinessReport.RequirementLine> lines = report.requirements();
        return JSON.writeValueAsString(new ChartData(
                lines.stream().map(l -> l.competency().name()).toList(),
                lines.stream().map(l -> 100.0).toList(),
                lines.stream().map(l -> Math.round((1 - l.gap()) * 100) * 1.0).toList(),
                "% of the required level"));
    }
}
