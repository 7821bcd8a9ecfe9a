package org.pathway.planning;

import java.util.LinkedHashMap;
import java.util.Map;

/** The limits a plan must keep: budget in pounds, development hours a week, and the horizon in weeks. */
public record PlanLimits(long budget, double hoursPerWeek, int horizonWeeks) {

    /** The largest budget one person's plan may be given: more is a mistyped figure, not a development budget. */
    public static final long MOST_BUDGET = 100_000;

    /** Development time a week unless told otherwise: one day in five of the contracted hours (7.4 of 37). */
    public static double defaultHoursPerWeek(double contractedHours) {
        return Math.round(contractedHours * 0.2 * 10) / 10.0;
    }

    /**
     * What is wrong with a budget and weekly hours as typed, in words, by field ({@code budget}, {@code hours});
     * empty when they can be planned with. The budget is whole pounds from £0 to {@value #MOST_BUDGET}; the hours
     * more than 0 and no more than the person's contracted hours a week (development time is work time).
     */
    public static Map<String, String> problems(String budget, String hoursPerWeek, double contractedHours) {
        Map<String, String> problems = new LinkedHashMap<>();
        Long pounds = budget == null || budget.isBlank() ? null : wholePounds(budget);
        if (pounds == null || pounds < 0 || pounds > MOST_BUDGET) {
            problems.put("budget", "Give a budget in whole pounds from £0 to £%,d.".formatted(MOST_BUDGET));
        }
        Double hours = number(hoursPerWeek);
        if (hours == null || hours <= 0 || hours > contractedHours) {
            problems.put("hours", "Give the hours a week for development: more than 0 and no more than your"
                    + " contracted %s hours.".formatted(hoursWords(contractedHours)));
        }
        return problems;
    }

    /** The limits as typed, once {@link #problems} finds nothing wrong with them. */
    public static PlanLimits of(String budget, String hoursPerWeek, int horizonWeeks) {
        return new PlanLimits(wholePounds(budget), number(hoursPerWeek), horizonWeeks);
    }

    private static Long wholePounds(String typed) {
        try {
            return Long.parseLong(typed.strip().replace(",", "").replaceFirst("^£", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String typed) {
        try {
            double value = Double.parseDouble(typed == null ? "" : typed.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String hoursWords(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }
}
