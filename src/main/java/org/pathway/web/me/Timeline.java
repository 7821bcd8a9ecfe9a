package org.pathway.web.me;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.pathway.planning.DevelopmentPlan;

/** A development plan laid out on a one-year track: each step's offset and width as percentages of the year. */
public record Timeline(List<Bar> bars) {

    private static final double WEEKS = 52;

    /** One step of the plan on the track. */
    public record Bar(String label, long cost, double leftPercent, double widthPercent) {
        public String style() {
            return "margin-left:%.1f%%;width:%.1f%%".formatted(leftPercent, widthPercent);
        }
    }

    static Timeline of(DevelopmentPlan plan) {
        return new Timeline(plan.steps().stream().map(s -> new Bar(s.start() + " " + s.title(), s.cost(),
                Math.min(100, ChronoUnit.WEEKS.between(plan.start(), s.start()) * 100 / WEEKS),
                Math.max(2, (ChronoUnit.WEEKS.between(s.start(), s.end()) + 1) * 100 / WEEKS))).toList());
    }
}
