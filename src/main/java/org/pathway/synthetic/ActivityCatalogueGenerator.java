package org.pathway.synthetic;

import org.pathway.activity.Activity;
import org.pathway.activity.ActivityType;
import org.pathway.activity.Delivery;
import org.pathway.activity.Development;
import org.pathway.activity.DevelopmentEvidence;
import org.pathway.activity.Session;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.framework.KeyTheme;
import org.pathway.framework.Level;
import org.pathway.framework.Polarity;
import org.pathway.framework.ScaleKind;

/**
 * Generates an illustrative activity catalogue for a framework: for every competency and every described level, an
 * activity of a type suited to the level (courses and e-learning low, coaching and shadowing in the middle, mentoring,
 * secondments, projects and qualifications high) and a shorter alternative (a workshop, e-learning or coaching), with
 * dated sessions over twelve months from a start date. The same seed gives the same catalogue. Councils replace it
 * with their own.
 */
public final class ActivityCatalogueGenerator {

    /** What an activity of each type is like. */
    private record Shape(ActivityType type, String noun, double hours, int weeks, double costPerAttendee,
            double sessionCost, Delivery delivery, int capacity, int sessionsPerYear) {
    }

    private static final List<Shape> ENTRY = List.of(
            new Shape(ActivityType.COURSE, "course", 14, 2, 350, 1200, Delivery.CLASSROOM, 14, 6),
            new Shape(ActivityType.E_LEARNING, "e-learning module", 4, 2, 40, 0, Delivery.ONLINE, 200, 12),
            new Shape(ActivityType.WORKSHOP, "workshop", 7, 1, 150, 600, Delivery.CLASSROOM, 18, 6));
    private static final List<Shape> MIDDLE = List.of(
            new Shape(ActivityType.WORKSHOP, "workshop", 7, 1, 180, 700, Delivery.BLENDED, 16, 6),
            new Shape(ActivityType.COACHING, "coaching programme", 12, 12, 900, 0, Delivery.BLENDED, 1, 4),
            new Shape(ActivityType.SHADOWING, "shadowing placement", 15, 3, 0, 0, Delivery.ON_THE_JOB, 2, 4),
            new Shape(ActivityType.ACTION_LEARNING, "action learning set", 18, 24, 250, 1500, Delivery.BLENDED, 8, 2));
    private static final List<Shape> SENIOR = List.of(
            new Shape(ActivityType.MENTORING, "mentoring", 10, 24, 0, 0, Delivery.BLENDED, 1, 3),
            new Shape(ActivityType.SECONDMENT, "secondment", 70, 20, 0, 2000, Delivery.ON_THE_JOB, 1, 2),
            new Shape(ActivityType.STRETCH_PROJECT, "stretch project", 30, 10, 0, 0, Delivery.ON_THE_JOB, 3, 3),
            new Shape(ActivityType.QUALIFICATION, "qualification", 60, 26, 1500, 0, Delivery.BLENDED, 12, 2));
    private static final String[] LOCATIONS = {"Civic Centre, Committee Room 1", "Depot Training Room", "Online"};
    private static final String[] COACHES = {"Coach A. Morris", "Coach B. Osei", "Coach C. Lindqvist"};
    private static final String[] MENTORS = {"Mentor: Director of Place", "Mentor: Director of Resources",
        "Mentor: Chief Executive"};

    private final Framework framework;

    public ActivityCatalogueGenerator(Framework framework) {
        this.framework = framework;
    }

    public List<Activity> generate(long seed, LocalDate from) {
        Random random = new Random(seed);
        LocalDate firstMonday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        List<Activity> activities = new ArrayList<>();
        for (Competency competency : framework.competencies()) {
            List<Level> levels = framework.levelsOf(competency).stream().filter(Level::described).toList();
            if (levels.isEmpty()) {
                activities.add(activity(random, competency, null, ENTRY.get(random.nextInt(ENTRY.size())), null,
                        firstMonday));
                activities.add(activity(random, competency, null, MIDDLE.get(random.nextInt(MIDDLE.size())), null,
                        firstMonday));
                continue;
            }
            Activity previous = null;
            for (int i = 0; i < levels.size(); i++) {
                List<Shape> band = i * 3 < levels.size() ? ENTRY : i * 3 < levels.size() * 2 ? MIDDLE : SENIOR;
                Shape shape = band.get(random.nextInt(band.size()));
                // a qualification or secondment builds on the level below's activity
                String prerequisite = previous != null && (shape.type() == ActivityType.QUALIFICATION
                        || shape.type() == ActivityType.SECONDMENT) ? previous.id() : null;
                previous = activity(random, competency, levels.get(i), shape, prerequisite, firstMonday);
                activities.add(previous);
                activities.add(activity(random, competency, levels.get(i), alternative(random, shape), null, firstMonday));
            }
        }
        return activities;
    }

    /** A short alternative of another type: a workshop, an e-learning module or a coaching programme. */
    private static Shape alternative(Random random, Shape main) {
        List<Shape> options = List.of(ENTRY.get(1), ENTRY.get(2), MIDDLE.get(1)).stream()
                .filter(s -> s.type() != main.type()).toList();
        return options.get(random.nextInt(options.size()));
    }

    private Activity activity(Random random, Competency competency, Level level, Shape shape, String prerequisite,
            LocalDate firstMonday) {
        String id = competency.id() + (level == null ? "" : "." + level.id()) + "." + shape.type().name()
                .toLowerCase().replace('_', '-');
        String title = competency.name() + (level == null ? "" : " (" + level.label() + ")") + ": " + shape.noun();
        List<Session> sessions = new ArrayList<>();
        int spacing = 52 / shape.sessionsPerYear();
        for (int s = 0; s < shape.sessionsPerYear(); s++) {
            int week = s * spacing + random.nextInt(Math.max(1, spacing));
            sessions.add(new Session(id + ".s" + (s + 1), firstMonday.plusWeeks(week), shape.weeks(),
                    shape.capacity(), shape.delivery() == Delivery.ONLINE ? "Online"
                            : LOCATIONS[random.nextInt(LOCATIONS.length - 1)], facilitator(random, shape)));
        }
        return new Activity(id, title, shape.type(), List.of(development(competency, level, shape.type())), shape.hours(),
                shape.costPerAttendee(), shape.sessionCost(), shape.delivery(),
                prerequisite == null ? List.of() : List.of(prerequisite), sessions);
    }

    /**
     * Every behaviour of the level (on rating scales every key theme, rated at the level), with the evidence the type
     * gives: on-the-job work is observed by the host manager, a qualification is assessed, the rest is a completion
     * record, which needs other evidence beside it to demonstrate a behaviour.
     */
    private Development development(Competency competency, Level level, ActivityType type) {
        List<String> covers = framework.scale().kind() == ScaleKind.RATING_WITH_MIDPOINTS
                ? competency.keyThemes().stream().map(KeyTheme::id).toList()
                : (level == null ? competency.indicators(Polarity.EFFECTIVE) : competency.effectiveIndicatorsAt(level.id()))
                        .stream().map(Indicator::id).toList();
        DevelopmentEvidence evidence = switch (type) {
            case SECONDMENT, STRETCH_PROJECT -> DevelopmentEvidence.OBSERVATION;
            case QUALIFICATION -> DevelopmentEvidence.QUALIFICATION;
            default -> DevelopmentEvidence.COMPLETION;
        };
        return new Development(competency.id(), level == null ? null : level.id(), covers, evidence);
    }

    private static String facilitator(Random random, Shape shape) {
        return switch (shape.type()) {
            case COACHING -> COACHES[random.nextInt(COACHES.length)];
            case MENTORING -> MENTORS[random.nextInt(MENTORS.length)];
            case SECONDMENT, STRETCH_PROJECT, SHADOWING -> "Host service manager";
            default -> "L&D trainer " + (1 + random.nextInt(3));
        };
    }
}
