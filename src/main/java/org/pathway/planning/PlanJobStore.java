package org.pathway.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.problem.TooManyRequestsException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plan jobs' rows (table {@code plan_job}), of either kind: what was asked for, by whom, and the job's state and
 * best plan so far as JSON, so that every instance reads the same job whichever instance solves it. An individual plan
 * job names its employee, role and limits; a cohort plan job keeps what it was asked for as JSON ({@code request}).
 */
public final class PlanJobStore {

    public static final String SOLVING = "SOLVING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    /**
     * One row. {@code kind} is {@link PlanJobRunner}'s name for its owner; {@code limits}, the employee and the role are
     * an individual plan job's (null for a cohort job), {@code request} a cohort job's; {@code plan} is the JSON of the
     * best plan so far (or, for a cohort job, its progress and plans).
     */
    public record Row(UUID id, String kind, String requester, String employeeId, String roleId, String roleTitle,
            LocalDate start, PlanLimits limits, String request, String status, boolean stopRequested, String failure,
            String plan, String runBy, Instant finishedAt) {
    }

    private static final String COLUMNS = "id, kind, requester, employee_id, role_id, role_title, start_date, budget,"
            + " hours_per_week, horizon_weeks, request, status, stop_requested, failure, plan, run_by, finished_at";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public PlanJobStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Adds the job unless its requester already has {@code runningPerUser} of its kind running. The requester's
     * {@code job_requester} row is locked while their running jobs are counted and the new one added, so two starts at
     * the same time, on one instance or two, are counted one after the other.
     */
    public void add(Row row, Instant now, int runningPerUser, String what) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into job_requester (requester) values (?)", row.requester()));
        } catch (DuplicateKeyException known) {
            // the requester started a job before: their row is there to lock
        }
        ownTransaction.executeWithoutResult(status -> {
            jdbc.queryForList("select requester from job_requester where requester = ? for update", String.class,
                    row.requester());
            long running = jdbc.queryForObject("select count(*) from plan_job where requester = ? and kind = ? and"
                    + " status = ?", Long.class, row.requester(), row.kind(), SOLVING);
            if (running >= runningPerUser) {
                throw new TooManyRequestsException("you have " + running + " " + what + " being worked out; wait for"
                        + " one to finish, or stop one, before starting another (at most " + runningPerUser
                        + " at once)");
            }
            PlanLimits limits = row.limits();
            jdbc.update("insert into plan_job (id, kind, requester, employee_id, role_id, role_title, start_date,"
                    + " budget, hours_per_week, horizon_weeks, request, status, stop_requested, created_at) values"
                    + " (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", row.id().toString(), row.kind(), row.requester(),
                    row.employeeId(), row.roleId(), row.roleTitle(), row.start(), limits == null ? 0 : limits.budget(),
                    limits == null ? null : limits.hoursPerWeek(), limits == null ? null : limits.horizonWeeks(),
                    row.request(), SOLVING, false, Timestamp.from(now));
        });
    }

    /** The job, unless it finished before {@code keptSince}. */
    public Optional<Row> find(UUID id, Instant keptSince) {
        return jdbc.query("select " + COLUMNS + " from plan_job where id = ? and (finished_at is null or finished_at"
                + " >= ?)", PlanJobStore::row, id.toString(), Timestamp.from(keptSince)).stream().findFirst();
    }

    /** The individual plan jobs about the employee, unless finished before {@code keptSince}. */
    public List<Row> about(String employeeId, Instant keptSince) {
        return jdbc.query("select " + COLUMNS + " from plan_job where employee_id = ? and (finished_at is null or"
                + " finished_at >= ?) order by created_at", PlanJobStore::row, employeeId, Timestamp.from(keptSince));
    }

    /** The job of this kind that finished last without failing, unless it finished before {@code keptSince}. */
    public Optional<Row> latestDone(String kind, Instant keptSince) {
        return jdbc.query("select " + COLUMNS + " from plan_job where kind = ? and status = ? and finished_at >= ?"
                + " order by finished_at desc limit 1", PlanJobStore::row, kind, DONE, Timestamp.from(keptSince))
                .stream().findFirst();
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

    /**
     * Deletes the jobs about the employee or asked for by the user, and the jobs whose plan names the employee (a
     * cohort plan booking them a place); returns their ids.
     */
    List<UUID> remove(String employeeId, String requester) {
        String which = " from plan_job where employee_id = ? or requester = ? or plan like ?";
        String named = "%\"employeeId\":\"" + employeeId.replace("%", "\\%").replace("_", "\\_") + "\"%";
        List<UUID> ids = jdbc.queryForList("select id" + which, String.class, employeeId, requester, named).stream()
                .map(UUID::fromString).toList();
        jdbc.update("delete" + which, employeeId, requester, named);
        return ids;
    }

    /** Deletes the jobs that finished before {@code cutOff}; returns how many. */
    int expire(Instant cutOff) {
        return jdbc.update("delete from plan_job where finished_at < ?", Timestamp.from(cutOff));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        PlanLimits limits = rs.getObject("hours_per_week") == null ? null : new PlanLimits(rs.getLong("budget"),
                rs.getDouble("hours_per_week"), rs.getInt("horizon_weeks"));
        return new Row(UUID.fromString(rs.getString("id")), rs.getString("kind"), rs.getString("requester"),
                rs.getString("employee_id"), rs.getString("role_id"), rs.getString("role_title"),
                rs.getObject("start_date", LocalDate.class), limits, rs.getString("request"), rs.getString("status"),
                rs.getBoolean("stop_requested"), rs.getString("failure"), rs.getString("plan"), rs.getString("run_by"),
                finished == null ? null : finished.toInstant());
    }
}
