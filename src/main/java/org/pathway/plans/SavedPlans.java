package org.pathway.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.pathway.activity.Development;
import org.pathway.activity.DevelopmentEvidence;
import org.pathway.audit.AuditTrail;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceLedger;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.PlannedEvidence;
import org.pathway.problem.ConflictException;
import org.pathway.problem.NotAllowedException;
import org.pathway.problem.NotFoundException;
import org.pathway.security.PathwayUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development plans the employee accepted: saved from a finished plan job by the person it is for, and their
 * activities marked done by her, which records the completion as ACTIVITY evidence of the behaviours the activity
 * develops, dated the day it is marked, for her manager to validate. Every save and every step done is audited; the
 * latest saved plan is the one in force.
 */
@Service
public class SavedPlans {

    private final SavedPlanRepository plans;
    private final EvidenceLedger ledger;
    private final FrameworkCatalogue frameworks;
    private final AuditTrail audit;
    private final Clock clock;

    SavedPlans(SavedPlanRepository plans, EvidenceLedger ledger, FrameworkCatalogue frameworks, AuditTrail audit,
            Clock clock) {
        this.plans = plans;
        this.ledger = ledger;
        this.frameworks = frameworks;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the audit trail keeps of a saved plan. */
    record Saved(String roleId, LocalDate startsOn, long budget, double hoursPerWeek, long totalCost,
            LocalDate readyFrom, List<String> activities) {
    }

    /** What the audit trail keeps of a step marked done. */
    record Done(String planId, String activityId, String title, LocalDate doneOn, List<String> evidenceIds) {
    }

    /**
     * Saves the plan of plan job {@code jobId} as the one the person follows; only the person it is for may. The plan
     * of one job is saved once: saving it again finds the plan already saved.
     */
    @Transactional
    public SavedPlan save(UUID jobId, DevelopmentPlan plan, PathwayUser user) {
        if (!plan.employeeId().equals(user.employeeId())) {
            throw new NotAllowedException("only the person a development plan is for may save it");
        }
        Optional<SavedPlan> already = plans.findByJobId(jobId.toString());
        if (already.isPresent()) {
            return already.get();
        }
        List<DevelopmentPlan.Step> steps = plan.steps();
        SavedPlan saved = new SavedPlan(UUID.randomUUID().toString(), jobId.toString(), plan.employeeId(),
                plan.roleId(), plan.role(), plan.start(), plan.limits().budget(), plan.limits().hoursPerWeek(), plan.totalCost(),
                plan.projection().readyFrom(), user.username(), clock.instant(),
                IntStream.range(0, steps.size()).mapToObj(i -> step(i, steps.get(i))).toList());
        plans.save(saved);
        audit.record(user.username(), "SAVE", "development_plan", saved.getId(), saved.getEmployeeId(), null,
                new Saved(saved.getRoleId(), saved.getStartsOn(), saved.getBudget(), saved.getHoursPerWeek(),
                        saved.getTotalCost(), saved.getReadyFrom(), steps.stream().map(DevelopmentPlan.Step::title)
                                .toList()));
        return saved;
    }

    /** The person's plan in force: the one they saved last. */
    @Transactional(readOnly = true)
    public Optional<SavedPlan> latest(String employeeId) {
        Optional<SavedPlan> plan = plans.findFirstByEmployeeIdOrderBySavedAtDesc(employeeId);
        plan.ifPresent(p -> p.getSteps().size());
        return plan;
    }

    /**
     * Marks one activity of the person's own saved plan done and records its completion for her manager to validate.
     * A plan that is not the caller's own is "no plan", as if it did not exist; a step is marked done once, and not
     * before the day it starts.
     */
    @Transactional
    public List<Evidence> markDone(String planId, String stepId, PathwayUser user) {
        SavedPlan plan = plans.findById(planId).filter(p -> p.getEmployeeId().equals(user.employeeId()))
                .orElseThrow(() -> new NotFoundException("no development plan '" + planId + "'"));
        SavedStep step = Optional.ofNullable(plan.step(stepId))
                .orElseThrow(() -> new NotFoundException("no activity '" + stepId + "' in this plan"));
        if (step.isDone()) {
            throw new ConflictException("'" + step.getTitle() + "' was already marked done on " + step.getDoneOn());
        }
        LocalDate today = LocalDate.now(clock);
        if (!step.hasStarted(today)) {
            throw new ConflictException("'" + step.getTitle() + "' starts on " + step.getStartsOn()
                    + ": it can be marked done once it has started");
        }
        Employee subject = ledger.employee(plan.getEmployeeId());
        List<Evidence> recorded = ledger.recordCompletion(plan.getEmployeeId(),
                new PlannedEvidence(frameworks.get(subject.frameworkId())).completion(new Development(
                        step.getCompetencyId(), step.getLevelId(), step.getCovers(), DevelopmentEvidence.COMPLETION),
                        today, "Completed " + step.getTitle() + ", an activity of my development plan for "
                                + plan.getRoleTitle() + "."), user);
        step.markDone(today, user.username());
        audit.record(user.username(), "DONE", "development_plan_step", step.getId(), plan.getEmployeeId(), null,
                new Done(plan.getId(), step.getActivityId(), step.getTitle(), today,
                        recorded.stream().map(Evidence::id).toList()));
        return recorded;
    }

    private static SavedStep step(int position, DevelopmentPlan.Step step) {
        Development develops = step.develops();
        return new SavedStep(UUID.randomUUID().toString(), position, step.activityId(), step.title(),
                develops.competencyId(), step.competency(), develops.levelId(), develops.covers(), step.start(),
                step.end(), step.hours(), step.cost());
    }
}
