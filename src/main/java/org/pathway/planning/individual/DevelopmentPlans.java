package org.pathway.planning.individual;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.pathway.analysis.Analysis;
import org.pathway.analysis.Readiness;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.Verdict;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.framework.Framework;
import org.pathway.planning.ConstraintLines;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.DevelopmentPlan.GapLine;
import org.pathway.planning.DevelopmentPlan.Step;
import org.pathway.planning.PlanGap;
import org.pathway.planning.PlannedEvidence;
import org.pathway.planning.SessionSlot;

/**
 * Turns a solved individual plan into a {@link DevelopmentPlan}: the dated steps, the gaps closed and left open with
 * the reason, each constraint's part in the score in words, and the readiness projected from the plan.
 */
public final class DevelopmentPlans {

    /** Each constraint of {@link IndividualPlanConstraints} in words: what its matches count. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("Session full", "sessions booked with no place left"),
            Map.entry("Events clash", "pairs of course days or workshops in the same week"),
            Map.entry("Weekly hours cap", "tenths of an hour over the weekly development hours"),
            Map.entry("Budget cap", "pounds over budget"),
            Map.entry("Prerequisite first", "activities planned before their prerequisite is complete"),
            Map.entry("Inside horizon", "sessions ending after the horizon"),
            Map.entry("Gap left open",
                    "gaps the planned activities' evidence leaves open, each counting weight x gap x 1000"),
            Map.entry("Gap with no option",
                    "gaps no activity in the catalogue helps close, each counting weight x gap x 1000"),
            Map.entry("Earlier readiness", "weeks until the last activity ends, each worth the policy's pounds a week"),
            Map.entry("Lower cost", "pounds spent"),
            Map.entry("Even weekly load", "each week's hours squared (in tenths), /100"));

    private final ReadinessEngine engine;
    private final SolutionManager<IndividualPlan, HardMediumSoftLongScore> solutions;
    private final WhyOpen whyOpen;

    public DevelopmentPlans(ReadinessEngine engine, SolverFactory<IndividualPlan> factory) {
        this.engine = engine;
        this.solutions = SolutionManager.create(factory);
        this.whyOpen = new WhyOpen(solutions);
    }

    public DevelopmentPlan report(Employee employee, Framework framework, String roleTitle, IndividualPlan plan) {
        ScoreExplanation<IndividualPlan, HardMediumSoftLongScore> explanation = solutions.explain(plan);
        List<PlannedActivity> scheduled = plan.getActivities().stream().filter(PlannedActivity::isScheduled)
                .sorted(Comparator.comparing((PlannedActivity a) -> a.getSession().start())).toList();
        List<Step> steps = scheduled.stream().map(a -> step(framework, a)).toList();
        long cost = scheduled.stream().mapToLong(PlannedActivity::getCost).sum();
        List<GapLine> closed = new ArrayList<>();
        List<GapLine> open = new ArrayList<>();
        for (PlanGap gap : plan.getGaps()) {
            boolean isClosed = gap.need().closedBy(PlannedActivity.evidenceOf(scheduled.stream()
                    .filter(a -> a.getCompetencyId().equals(gap.competencyId())).toList()));
            (isClosed ? closed : open).add(new GapLine(gap.competencyId(), gap.competency(), gap.requiredLevel(),
                    gap.essential(), gap.gap(), isClosed ? null : whyOpen.reason(plan, gap)));
        }
        return new DevelopmentPlan(employee.id(), employee.name(), plan.getRoleId(), roleTitle, plan.getStart(),
                plan.getLimits(), explanation.getScore().toString(), explanation.getScore().isFeasible(), steps, cost,
                closed, open, ConstraintLines.of(explanation.getConstraintMatchTotalMap(), WORDS), projection(employee, framework, plan, scheduled));
    }

    private static Step step(Framework framework, PlannedActivity activity) {
        SessionSlot session = activity.getSession();
        return new Step(activity.getActivityId(), activity.getTitle(), activity.getType().name(),
                framework.competency(activity.getCompetencyId()).orElseThrow().name(),
                activity.getReachesRank() == 0 ? "its behaviours" : framework.levelLabel(activity.getReachesRank()),
                session.id(), session.start(), session.end(), activity.getHours(), session.hoursPerWeek(),
                activity.getCost(), session.facilitator(), activity.getDevelops());
    }

    /** The first planned completion date from which the rules say ready now, and the verdict once all are done. */
    private DevelopmentPlan.Projection projection(Employee employee, Framework framework, IndividualPlan plan,
            List<PlannedActivity> scheduled) {
        PlannedEvidence planned = new PlannedEvidence(framework);
        List<LocalDate> dates = scheduled.stream().map(a -> a.getSession().end()).distinct().sorted().toList();
        LocalDate readyFrom = verdict(plan, readiness(employee, plan, plan.getStart(), List.of())) == Verdict.READY_NOW
                ? plan.getStart() : null;
        Analysis last = null;
        LocalDate end = plan.getStart();
        for (LocalDate date : dates) {
            List<Evidence> expected = new ArrayList<>();
            scheduled.stream().filter(a -> !a.getSession().end().isAfter(date)).forEach(a -> expected.addAll(
                    planned.of(a.getActivityId(), a.getDevelops(), a.getSession().end())));
            last = readiness(employee, plan, date, expected);
            end = date;
            if (readyFrom == null && verdict(plan, last) == Verdict.READY_NOW) {
                readyFrom = date;
            }
        }
        if (last == null) {
            last = readiness(employee, plan, plan.getStart(), List.of());
        }
        Readiness atEnd = last.readinessFor(plan.getRoleId()).orElseThrow();
        return new DevelopmentPlan.Projection(readyFrom, atEnd.verdict(), atEnd.score(), end, last.decidedUnder());
    }

    private Analysis readiness(Employee employee, IndividualPlan plan, LocalDate on, List<Evidence> expected) {
        return engine.project(employee, plan.getRoleId(), on, expected);
    }

    private static Verdict verdict(IndividualPlan plan, Analysis analysis) {
        return analysis.readinessFor(plan.getRoleId()).orElseThrow().verdict();
    }
}
