package org.pathway.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One activity of a saved plan at its dates, with what it develops (competency, level and the behaviours it covers,
 * one a line), and when and by whom it was marked done.
 */
@Entity
@Table(name = "development_plan_step")
public class SavedStep {

    @Id
    private String id;
    private int position;
    @Column(name = "activity_id")
    private String activityId;
    private String title;
    @Column(name = "competency_id")
    private String competencyId;
    private String competency;
    @Column(name = "level_id")
    private String levelId;
    private String covers;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private BigDecimal hours;
    private long cost;
    @Column(name = "done_on")
    private LocalDate doneOn;
    @Column(name = "done_by")
    private String doneBy;

    protected SavedStep() {
    }

    SavedStep(String id, int position, String activityId, String title, String competencyId, String competency,
            String levelId, List<String> covers, LocalDate startsOn, LocalDate endsOn, double hours, long cost) {
        this.id = id;
        this.position = position;
        this.activityId = activityId;
        this.title = title;
        this.competencyId = competencyId;
        this.competency = competency;
        this.levelId = levelId;
        this.covers = String.join("\n", covers);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.hours = BigDecimal.valueOf(hours);
        this.cost = cost;
    }

    void markDone(LocalDate on, String by) {
        this.doneOn = on;
        this.doneBy = by;
    }

    public String getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getActivityId() {
        return activityId;
    }

    public String getTitle() {
        return title;
    }

    public String getCompetencyId() {
        return competencyId;
    }

    public String getCompetency() {
        return competency;
    }

    public String getLevelId() {
        return levelId;
    }

    public List<String> getCovers() {
        return covers.isEmpty() ? List.of() : Arrays.asList(covers.split("\n"));
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public double getHours() {
        return hours.doubleValue();
    }

    public long getCost() {
        return cost;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    /** Whether the activity has started by {@code today}: it can be marked done from the day it starts. */
    public boolean hasStarted(LocalDate today) {
        return !startsOn.isAfter(today);
    }
}
