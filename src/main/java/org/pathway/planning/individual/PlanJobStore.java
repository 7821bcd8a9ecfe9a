package org.pathway.planning.individual;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.planning.PlanLimits;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan jobs' rows (table {@code plan_job}): what was asked for, by whom, and the job's state and best plan so far as
 * JSON, so that every instance reads the same job whichever instance solves it.
 */
final class PlanJobStore {

    static final String SOLVING = "SOLVING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    /** One row. */
    record Row(UUID id, String requester, String employeeId, String roleId, String roleTitle, LocalDate start,
            PlanLimits limits, String status, boolean stopRequested, String failure, String plan, String runBy,
            Instant finishedAt) {
    }

    private static final String COLUMNS = "id, requester, employee_id, role_id, role_title, start_date, budget,"
            + " hours_per_week, horizon_weeks, status, stop_requested, failure, plan, run_by, finished_at";

    private final JdbcTemplate jdbc;

    PlanJobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(Row row, Instant now) {
        jdbc.update("insert into plan_job (id, requester, employee_id, role_id, role_title, start_date, budget,"
                + " hours_per_week, horizon_weeks, status, stop_requested, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                row.id().toString(), row.requester(), row.employeeId(), row.roleId(), row.roleTitle(), row.start(),
                row.limits().budget(), row.limits().hoursPerWeek(), row.limits().horizonWeeks(), SOLVING, false,
                Timestamp.from(now));
    }

    long running(String requester) {
        return jdbc.queryForObject("select count(*) from plan_job where requester = ? and status = ?", Long.class,
                requester, SOLVING);
    }

    /** The job, unless it finished before {@code keptSince}. */
    Optional<Row> find(UUID id, Instant keptSince) {
        return jdbc.query("select " + COLUMNS + " from plan_job where id = ? and (finished_at is null or finished_at"
                + " >= ?)", PlanJobStore::row, id.toString(), Timestamp.from(keptSince)).stream().findFirst();
    }

    List<Row> about(String employeeId, Instant keptSince) {
        return jdbc.query("select " + COLUMNS + " from plan_job where employee_id = ? and (finished_at is null or"
                + " finished_at >= ?) order by created_at", PlanJobStore::row, employeeId, Timestamp.from(keptSince));
    }

    /** Marks the job as being solved by {@code instance}; false if it is gone or finished. */
    boolean claim(UUID id, String instance) {
        return jdbc.update("update plan_job set run_by = ? where id = ? and status = ?", instance, id.toString(),
                SOLVING) == 1;
    }

    /** Stores the best plan so far; false if the job is gone, finished, or asked to stop. */
    boolean progress(UUID id, String plan) {
        return jdbc.update("update plan_job set plan = ? where id = ? and status = ? and stop_requested = ?", plan,
                id.toString(), SOLVING, false) == 1;
    }

    boolean stopRequested(UUID id) {
        return jdbc.queryForList("select stop_requested from plan_job where id = ? and status = ?", Boolean.class,
                id.toString(), SOLVING).stream().findFirst().orElse(true);
    }

    void finish(UUID id, String plan, String failure, Instant now) {
        jdbc.update("update plan_job set status = ?, plan = coalesce(?, plan), failure = ?, finished_at = ? where id = ?"
                + " and status = ?", failure == null ? DONE : FAILED, plan, failure, Timestamp.from(now), id.toString(),
                SOLVING);
    }

    void requestStop(UUID id) {
        jdbc.update("update plan_job set stop_requested = ? where id = ?", true, id.toString());
    }

    /** Deletes the jobs about the employee or asked for by the user; returns their ids. */
    List<UUID> remove(String employeeId, String requester) {
        List<UUID> ids = jdbc.queryForList("select id from plan_job where employee_id = ? or requester = ?",
                String.class, employeeId, requester).stream().map(UUID::fromString).toList();
        jdbc.update("delete from plan_job where employee_id = ? or requester = ?", employeeId, requester);
        return ids;
    }

    /** Deletes the jobs that finished before {@code cutOff}; returns how many. */
    int expire(Instant cutOff) {
        return jdbc.update("delete from plan_job where finished_at < ?", Timestamp.from(cutOff));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Row(UUID.fromString(rs.getString("id")), rs.getString("requester"), rs.getString("employee_id"),
                rs.getString("role_id"), rs.getString("role_title"), rs.getObject("start_date", LocalDate.class),
                new PlanLimits(rs.getLong("budget"), rs.getDouble("hours_per_week"), rs.getInt("horizon_weeks")),
                rs.getString("status"), rs.getBoolean("stop_requested"), rs.getString("failure"), rs.getString("plan"),
                rs.getString("run_by"), finished == null ? null : finished.toInstant());
    }
}
