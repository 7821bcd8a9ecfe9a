package org.pathway.planning.individual;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pathway.planning.PlanGap;
import org.pathway.planning.PlanLimits;
import org.pathway.planning.SessionSlot;
import org.pathway.planning.Week;

/** Seeded small individual planning problems: four gaps, five candidate activities, twelve sessions in all. */
final class SmallPlans {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private SmallPlans() {
    }

    static IndividualPlan generate(long seed) {
        Random random = new Random(seed);
        List<PlanGap> gaps = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            boolean essential = random.nextBoolean();
            gaps.add(Candidates.gap("c" + g, "Competency " + g, essential, essential ? 2 : 1,
                    0.25 + random.nextInt(3) * 0.25));
        }
        int[] sessionsPer = {3, 3, 2, 2, 2};
        List<PlannedActivity> activities = new ArrayList<>();
        for (int a = 0; a < sessionsPer.length; a++) {
            String id = "a" + a;
            List<SessionSlot> slots = new ArrayList<>();
            for (int s = 0; s < sessionsPer[a]; s++) {
                int startWeek = random.nextInt(18);
                int weeks = 1 + random.nextInt(5);
                slots.add(SessionSlot.of(START, id + ".s" + s, id, START.plusWeeks(startWeek), weeks,
                        1 + random.nextInt(7), random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(4), "t"));
            }
            // the fifth activity is a second option for a random gap
            String competency = a < 4 ? "c" + a : "c" + random.nextInt(4);
            activities.add(Candidates.activity(id, "Activity " + a, competency, Candidates.OBSERVATION, 7,
                    random.nextInt(7) * 100, slots));
        }
        List<Week> weeks = new ArrayList<>();
        for (int w = 0; w < 20; w++) {
            weeks.add(new Week(w));
        }
        return new IndividualPlan("e" + seed, "role", START, new PlanLimits(600 + random.nextInt(5) * 100, 7.4, 20),
                new WeekOfReadiness(100), gaps, List.of(), weeks, activities);
    }
}
