package org.pathway.planning.cohort;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One employee's gap in one competency; the solver books them on a session that closes it, or leaves it unmet.
 * {@code value} is what meeting it is worth: weight x gap x 1000, essential requirements weighing double.
 */
@PlanningEntity
public class Need {

    @PlanningId
    private String id;
    private String employeeId;
    private String unit;
    private String competencyId;
    private int requiredRank;
    private long value;
    private double hoursPerWeekCap;
    private List<CohortSession> options;

    @PlanningVariable(valueRangeProviderRefs = "options", nullable = true)
    private CohortSession session;

    public Need() {
    }

    public Need(String id, String employeeId, String unit, String competencyId, int requiredRank, long value,
            double hoursPerWeekCap, List<CohortSession> options) {
        this.id = id;
        this.employeeId = employeeId;
        this.unit = unit;
        this.competencyId = competencyId;
        this.requiredRank = requiredRank;
        this.value = value;
        this.hoursPerWeekCap = hoursPerWeekCap;
        this.options = List.copyOf(options);
    }

    @ValueRangeProvider(id = "options")
    public List<CohortSession> getOptions() {
        return options;
    }

    public boolean isBooked() {
        return session != null;
    }

    public String getId() {
        return id;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getUnit() {
        return unit;
    }

    public String getCompetencyId() {
        return competencyId;
    }

    public int getRequiredRank() {
        return requiredRank;
    }

    public long getValue() {
        return value;
    }

    public double getHoursPerWeekCap() {
        return hoursPerWeekCap;
    }

    public CohortSession getSession() {
        return session;
    }

    public void setSession(CohortSession session) {
        this.session = session;
    }

    @Override
    public String toString() {
        return id + (session == null ? " (unmet)" : " @ " + session.id());
    }
}
