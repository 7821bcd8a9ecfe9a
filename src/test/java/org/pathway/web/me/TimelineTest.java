package org.pathway.web.me;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.activity.Development;
import org.pathway.activity.DevelopmentEvidence;
import org.pathway.analysis.Verdict;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.PlanLimits;

/** The plan's timeline: an axis of months over its year, and each activity's bar placed and sized by its dates. */
class TimelineTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    private static DevelopmentPlan.Step step(String title, LocalDate start, LocalDate end) {
        return new DevelopmentPlan.Step("a", title, "COURSE", "c", "l", "s", start, end, 7, 7, 350, "f",
                new Development("c", "l", List.of("b"), DevelopmentEvidence.COMPLETION));
    }

    private static Timeline timeline(DevelopmentPlan.Step... steps) {
        return Timeline.of(new DevelopmentPlan("e", "E", "r", "R", START, new PlanLimits(2000, 7.4, 52), "0", true,
                List.of(steps), 350, List.of(), List.of(), List.of(),
                new DevelopmentPlan.Projection(null, Verdict.NOT_YET, 0, START, "v")));
    }

    @Test
    void theAxisNamesEachMonthOfThePlansYearAtItsFirstDay() {
        Timeline timeline = timeline();
        assertThat(timeline.months()).extracting(Timeline.Month::label).startsWith("Dec", "Jan", "Feb")
                .hasSize(12).doesNotHaveDuplicates();
        assertThat(timeline.months().get(0).leftPercent()).isZero();
        assertThat(timeline.months().get(1).leftPercent()).isCloseTo(31 * 100 / 364.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(timeline.months()).allMatch(m -> m.leftPercent() < 93);
        assertThat(timeline.from()).isEqualTo(START);
        assertThat(timeline.to()).isEqualTo(START.plusWeeks(52));
    }

    @Test
    void eachBarStartsAtItsDateAndStaysOnTheTrack() {
        Timeline timeline = timeline(step("Early", START, START.plusDays(1)),
                step("Mid-year", START.plusDays(182), START.plusDays(182 + 27)),
                step("Last", START.plusDays(360), START.plusDays(400)));
        assertThat(timeline.bars()).extracting(Timeline.Bar::title).containsExactly("Early", "Mid-year", "Last");
        Timeline.Bar mid = timeline.bars().get(1);
        assertThat(mid.leftPercent()).isCloseTo(50, org.assertj.core.data.Offset.offset(0.01));
        assertThat(mid.widthPercent()).isCloseTo(28 * 100 / 364.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(timeline.bars().get(0).widthPercent()).as("a short activity stays visible").isEqualTo(2);
        assertThat(timeline.bars()).allMatch(b -> b.leftPercent() + b.widthPercent() <= 100.0001);
        assertThat(mid.style()).isEqualTo("margin-left:50.0%;width:7.7%");
    }
}
