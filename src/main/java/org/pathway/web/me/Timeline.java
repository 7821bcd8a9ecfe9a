package org.pathway.web.me;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.plans.SavedPlan;
import org.pathway.plans.SavedStep;

/**
 * A development plan laid out on its year: a time axis of months and each activity's bar, as offsets and widths in
 * percent of the year from the plan's start. The words (title, dates, cost) stay beside the bar, so they are readable
 * at any width; a saved plan's activities also say whether they are done.
 */
public record Timeline(LocalDate from, LocalDate to, List<Month> months, List<Bar> bars) {

    private static final double DAYS = 52 * 7;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    /** A month's start on the axis, by its short name (the page says which year it runs from and to). */
    public record Month(String label, double leftPercent) {
        public String style() {
            return String.format(Locale.ROOT, "left:%.1f%%", leftPercent);
        }
    }

    /**
     * One activity on the track: when the plan is saved, its step id, its done date and whether it has started (it can
     * be marked done from the day it starts).
     */
    public record Bar(String title, LocalDate start, LocalDate end, long cost, double leftPercent, double widthPercent,
            String stepId, LocalDate doneOn, boolean started) {
        public String style() {
            return String.format(Locale.ROOT, "margin-left:%.1f%%;width:%.1f%%", leftPercent, widthPercent);
        }
    }

    static Timeline of(DevelopmentPlan plan) {
        return new Timeline(plan.start(), plan.start().plusWeeks(52), months(plan.start()), plan.steps().stream()
                .map(s -> bar(plan.start(), s.title(), s.start(), s.end(), s.cost(), null, null, false)).toList());
    }

    static Timeline of(SavedPlan plan, LocalDate today) {
        return new Timeline(plan.getStartsOn(), plan.getStartsOn().plusWeeks(52), months(plan.getStartsOn()),
                plan.getSteps().stream().map((SavedStep s) -> bar(plan.getStartsOn(), s.getTitle(), s.getStartsOn(),
                        s.getEndsOn(), s.getCost(), s.getId(), s.getDoneOn(), s.hasStarted(today)))
                        .toList());
    }

    private static Bar bar(LocalDate planStart, String title, LocalDate start, LocalDate end, long cost,
            String stepId, LocalDate doneOn, boolean started) {
        double left = Math.min(98, Math.max(0, ChronoUnit.DAYS.between(planStart, start) * 100 / DAYS));
        double width = Math.min(100 - left, Math.max(2, (ChronoUnit.DAYS.between(start, end) + 1) * 100 / DAYS));
        return new Bar(title, start, end, cost, left, width, stepId, doneOn, started);
    }

    /** The first of each month within the year from {@code start} (but its last days). */
    private static List<Month> months(LocalDate start) {
        List<Month> months = new ArrayList<>();
        LocalDate month = start.withDayOfMonth(1);
        if (month.isBefore(start)) {
            month = month.plusMonths(1);
        }
        // the last label must fit inside the track: none within a label's width of its end
        for (; ChronoUnit.DAYS.between(start, month) < DAYS * 0.93; month = month.plusMonths(1)) {
            months.add(new Month(MONTH.format(month), ChronoUnit.DAYS.between(start, month) * 100 / DAYS));
        }
        return months;
    }
}
