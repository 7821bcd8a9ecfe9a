package org.pathway.activity;

import org.pathway.synthetic.ActivityCatalogueGenerator;
import org.pathway.TestCatalogues;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.dataset.DatasetProblem;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.Level;

class ActivityCatalogueTest {

    private static final FrameworkCatalogue FRAMEWORKS = TestCatalogues.FRAMEWORKS;
    private static final ActivityCatalogue CATALOGUE = TestCatalogues.ACTIVITIES;

    private static List<Activity> all() {
        return FRAMEWORKS.all().stream().flatMap(f -> CATALOGUE.activitiesOf(f.id()).stream()).toList();
    }

    @Test
    void atLeastEightyActivitiesOfEveryType() {
        assertThat(CATALOGUE.size()).isGreaterThanOrEqualTo(80);
        assertThat(all().stream().map(Activity::type).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(ActivityType.class));
    }

    @Test
    void everyDescribedLevelOfEveryCompetencyOfEveryFrameworkHasAnActivity() {
        for (Framework framework : FRAMEWORKS.all()) {
            Set<String> developed = CATALOGUE.activitiesOf(framework.id()).stream()
                    .flatMap(a -> a.develops().stream()).map(d -> d.competencyId() + "@" + d.levelId())
                    .collect(Collectors.toSet());
            for (Competency competency : framework.competencies()) {
                List<Level> levels = framework.levelsOf(competency).stream().filter(Level::described).toList();
                if (levels.isEmpty()) {
                    assertThat(developed).as(framework.id()).contains(competency.id() + "@null");
                }
                levels.forEach(level -> assertThat(developed).as(framework.id())
                        .contains(competency.id() + "@" + level.id()));
            }
        }
    }

    @Test
    void sessionsFallInTheTwelveMonthsAndOneToOneAndLongActivitiesAreShapedSo() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        for (Activity activity : all()) {
            activity.sessions().forEach(s -> assertThat(s.start()).isBetween(from, from.plusMonths(12)));
            if (activity.type() == ActivityType.COACHING || activity.type() == ActivityType.MENTORING) {
                activity.sessions().forEach(s -> assertThat(s.capacity()).isEqualTo(1));
            }
            if (activity.type() == ActivityType.SECONDMENT || activity.type() == ActivityType.STRETCH_PROJECT) {
                activity.sessions().forEach(s -> assertThat(s.weeks()).isGreaterThanOrEqualTo(10));
            }
        }
    }

    @Test
    void aPlaceCostsTheAttendeeCostAndItsShareOfTheSessionsRunningCost() {
        // issue 12, question 14: a one-place secondment's £2,000 running cost was free to an individual plan
        Session onePlace = new Session("s1", LocalDate.of(2027, 1, 4), 20, 1, "On the job", "Host");
        Session twelvePlaces = new Session("s2", LocalDate.of(2027, 1, 4), 2, 12, "Room 1", "Trainer");
        Activity secondment = new Activity("sec", "Secondment", ActivityType.SECONDMENT, List.of(), 70, 0, 2000,
                Delivery.ON_THE_JOB, List.of(), List.of(onePlace));
        Activity course = new Activity("course", "Course", ActivityType.COURSE, List.of(), 14, 350, 1200,
                Delivery.CLASSROOM, List.of(), List.of(twelvePlaces));

        assertThat(secondment.placeCost(true)).isEqualTo(2000);
        assertThat(secondment.placeCost(false)).isZero();
        assertThat(course.placeCost(true)).isEqualTo(350 + 100);
    }

    private static List<DatasetProblem> problemsReading(Path datasets, String develops) throws IOException {
        Files.createDirectories(datasets.resolve("activities"));
        Files.writeString(datasets.resolve("activities/slough-leadership.json"), """
                {"frameworkId": "slough-leadership", "activities": [
                  {"id": "a", "title": "A", "type": "COURSE", "hours": 7, "costPerAttendee": 0, "sessionCost": 0,
                   "delivery": "CLASSROOM", "develops": [%s],
                   "sessions": [{"id": "a1", "start": "2027-01-04", "weeks": 1, "capacity": 5, "location": "Room",
                   "facilitator": "Trainer"}]}]}
                """.formatted(develops));
        List<DatasetProblem> problems = new ArrayList<>();
        new ActivityLoader().read(datasets, FRAMEWORKS, problems);
        return problems;
    }

    @Test
    void anActivityCoveringABehaviourOfAnotherLevelIsRefusedByFileAndPointer(@TempDir Path datasets) throws IOException {
        List<DatasetProblem> problems = problemsReading(datasets, """
                {"competencyId": "self-belief", "levelId": "level-1",
                 "covers": ["self-belief.level-1.01", "self-belief.level-4.01"], "evidence": "COMPLETION"}""");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("slough-leadership.json");
            assertThat(p.pointer()).isEqualTo("/activities/0/develops/0/covers/1");
            assertThat(p.message()).isEqualTo("expected an effective indicator of competency 'self-belief' at level"
                    + " 'level-1', found 'self-belief.level-4.01'");
        });
    }

    @Test
    void anActivitySayingNothingOfTheEvidenceItGivesIsRefused(@TempDir Path datasets) throws IOException {
        List<DatasetProblem> problems = problemsReading(datasets, """
                {"competencyId": "self-belief", "levelId": "level-1", "covers": ["self-belief.level-1.01"]}""");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("slough-leadership.json");
            assertThat(p.pointer() + " " + p.message()).contains("/activities/0/develops/0").contains("evidence");
        });
    }

    @Test
    void theGeneratorIsReproducible() {
        Framework slough = FRAMEWORKS.get("slough-leadership");
        LocalDate from = LocalDate.of(2026, 12, 1);

        assertThat(new ActivityCatalogueGenerator(slough).generate(1, from)).isEqualTo(CATALOGUE.activitiesOf(slough.id()));
    }
}
