package org.pathway.planning.cohort;

import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.pathway.planning.Week;

/**
 * A cohort development plan (training needs analysis put into action): which sessions run and who attends them,
 * within the budget. Hard = capacity, facilitators, budget, attendees' time; medium = needs left unmet; soft = cost,
 * half-empty sessions, fairness across units.
 */
@PlanningSolution
public class CohortPlan {

    @ProblemFactProperty
    private CohortBudget budget;

    @ProblemFactCollectionProperty
    private List<CohortSession> sessions;

    @ProblemFactCollectionProperty
    private List<Week> weeks;

    @PlanningEntityCollectionProperty
    private List<Need> needs;

    @ConstraintConfigurationProvider
    private CohortWeights weights = new CohortWeights();

    @PlanningScore
    private HardMediumSoftLongScore score;

    public CohortPlan() {
    }

    public CohortPlan(CohortBudget budget, List<CohortSession> sessions, List<Week> weeks, List<Need> needs) {
        this.budget = budget;
        this.sessions = sessions;
        this.weeks = weeks;
        this.needs = needs;
    }

    public CohortBudget getBudget() {
        return budget;
    }

    public List<CohortSession> getSessions() {
        return sessions;
    }

    public List<Week> getWeeks() {
        return weeks;
    }

    public List<Need> getNeeds() {
        return needs;
    }

    public CohortWeights getWeights() {
        return weights;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
