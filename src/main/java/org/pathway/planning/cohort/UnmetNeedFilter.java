package org.pathway.planning.cohort;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;

/** Selects the needs nobody is booked for yet, so that the search spends more of its moves trying to meet them. */
public class UnmetNeedFilter implements SelectionFilter<CohortPlan, Need> {

    @Override
    public boolean accept(ScoreDirector<CohortPlan> scoreDirector, Need need) {
        return !need.isBooked();
    }
}
