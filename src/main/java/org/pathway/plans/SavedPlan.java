package org.pathway.plans;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A development plan an employee saved: for which role, under which limits, who saved it and when, and its steps. */
@Entity
@Table(name = "development_plan")
public class SavedPlan {

    @Id
    private String id;
    @Column(name = "job_id")
    private String jobId;
    @Column(name = "employee_id")
    private String employeeId;
    @Column(name = "role_id")
    private String roleId;
    @Column(name = "role_title")
    private String roleTitle;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    private long budget;
    @Column(name = "hours_per_week")
    private BigDecimal hoursPerWeek;
    @Column(name = "total_cost")
    private long totalCost;
    @Column(name = "ready_from")
    private LocalDate readyFrom;
    @Column(name = "saved_by")
    private String savedBy;
    @Column(name = "saved_at")
    private Instant savedAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("position")
    private List<SavedStep> steps = new ArrayList<>();

    protected SavedPlan() {
    }

    SavedPlan(String id, String jobId, String employeeId, String roleId, String roleTitle, LocalDate startsOn,
            long budget, double hoursPerWeek, long totalCost, LocalDate readyFrom, String savedBy, Instant savedAt,
            List<SavedStep> steps) {
        this.id = id;
        this.jobId = jobId;
        this.employeeId = employeeId;
        this.roleId = roleId;
        this.roleTitle = roleTitle;
        this.startsOn = startsOn;
        this.budget = budget;
        this.hoursPerWeek = BigDecimal.valueOf(hoursPerWeek);
        this.totalCost = totalCost;
        this.readyFrom = readyFrom;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.steps.addAll(steps);
    }

    public String getId() {
        return id;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getRoleId() {
        return roleId;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public long getBudget() {
        return budget;
    }

    public double getHoursPerWeek() {
        return hoursPerWeek.doubleValue();
    }

    public long getTotalCost() {
        return totalCost;
    }

    public LocalDate getReadyFrom() {
        return readyFrom;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public List<SavedStep> getSteps() {
        return List.copyOf(steps);
    }

    SavedStep step(String stepId) {
        return steps.stream().filter(s -> s.getId().equals(stepId)).findFirst().orElse(null);
    }
}
