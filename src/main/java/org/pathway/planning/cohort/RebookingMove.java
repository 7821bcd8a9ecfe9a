package org.pathway.planning.cohort;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/** Books several needs at once, each on a session or on none (unmet): one step of the search. */
final class RebookingMove extends AbstractMove<CohortPlan> {

    /** Each need's new session, null to leave it unmet, in the order the changes are made. */
    private final Map<Need, CohortSession> sessions;

    RebookingMove(Map<Need, CohortSession> sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<CohortPlan> scoreDirector) {
        return sessions.entrySet().stream().anyMatch(e -> e.getKey().getSession() != e.getValue());
    }

    @Override
    protected RebookingMove createUndoMove(ScoreDirector<CohortPlan> scoreDirector) {
        Map<Need, CohortSession> before = new LinkedHashMap<>();
        sessions.keySet().forEach(need -> before.put(need, need.getSession()));
        return new RebookingMove(before);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<CohortPlan> scoreDirector) {
        sessions.forEach((need, session) -> {
            scoreDirector.beforeVariableChanged(need, "session");
            need.setSession(session);
            scoreDirector.afterVariableChanged(need, "session");
        });
    }

    @Override
    public Collection<Need> getPlanningEntities() {
        return sessions.keySet();
    }

    @Override
    public Collection<CohortSession> getPlanningValues() {
        return sessions.values();
    }

    @Override
    public String toString() {
        return sessions.toString();
    }
}
