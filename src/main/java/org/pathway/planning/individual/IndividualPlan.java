package org.pathway.planning.individual;

import java.time.LocalDate;
import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.pathway.planning.PlanGap;
import org.pathway.planning.PlanLimits;
import org.pathway.planning.Prerequisite;
import org.pathway.planning.Week;

/**
 * One employee's development plan for a target role: the gaps to close, the candidate activities (the solver chooses
 * their sessions), and the limits. Score: hard = limits kept, medium = value of gaps left open, soft = time, cost, load.
 */
@PlanningSolution
public class IndividualPlan {

    private String employeeId;
    private String roleId;
    private LocalDate start;

    @ProblemFactProperty
    private PlanLimits limits;

    @ProblemFactProperty
    private WeekOfReadiness weekOfReadiness;

    @ProblemFactCollectionProperty
    private List<PlanGap> gaps;

    @ProblemFactCollectionProperty
    private List<Prerequisite> prerequisites;

    @ProblemFactCollectionProperty
    private List<Week> weeks;

    @PlanningEntityCollectionProperty
    private List<PlannedActivity> activities;

    @ConstraintConfigurationProvider
    private IndividualWeights weights = new IndividualWeights();

    @PlanningScore
    private HardMediumSoftLongScore score;

    public IndividualPlan() {
    }

    public IndividualPlan(String employeeId, String roleId, LocalDate start, PlanLimits limits,
            WeekOfReadiness weekOfReadiness, List<PlanGap> gaps, List<Prerequisite> prerequisites, List<Week> weeks,
            List<PlannedActivity> activities) {
        this.employeeId = employeeId;
        this.roleId = roleId;
        this.start = start;
        this.limits = limits;
        this.weekOfReadiness = weekOfReadiness;
        this.gaps = gaps;
        this.prerequisites = prerequisites;
        this.weeks = weeks;
        this.activities = activities;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getRoleId() {
        return roleId;
    }

    public LocalDate getStart() {
        return start;
    }

    public PlanLimits getLimits() {
        return limits;
    }

    public WeekOfReadiness getWeekOfReadiness() {
        return weekOfReadiness;
    }

    public List<PlanGap> getGaps() {
        return gaps;
    }

    public List<Prerequisite> getPrerequisites() {
        return prerequisites;
    }

    public List<Week> getWeeks() {
        return weeks;
    }

    public List<PlannedActivity> getActivities() {
        return activities;
    }

    public IndividualWeights getWeights() {
        return weights;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    /** A copy whose activities can be booked on other sessions without touching this plan. */
    IndividualPlan copy() {
        return new IndividualPlan(employeeId, roleId, start, limits, weekOfReadiness, gaps, prerequisites, weeks,
                activities.stream().map(PlannedActivity::copy).toList());
    }
}
