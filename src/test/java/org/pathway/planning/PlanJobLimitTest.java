package org.pathway.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.pathway.problem.TooManyRequestsException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The limit of running plan jobs per user is counted in the database: many starts at the same time, through two
 * stores on two connection pools (as two instances), let exactly the limit through. On H2 always, and on PostgreSQL
 * (database test, schema pathway_job_limit, dropped first) when PATHWAY_TEST_POSTGRES=true.
 */
class PlanJobLimitTest {

    private static final int LIMIT = 3;
    private static final int STARTS = 12;
    private final List<HikariDataSource> pools = new ArrayList<>();

    @AfterEach
    void close() {
        pools.forEach(HikariDataSource::close);
    }

    @Test
    void simultaneousStartsOnTwoInstancesOfH2StopAtTheLimit() throws Exception {
        String url = "jdbc:h2:mem:job-limit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        simultaneousStartsStopAtTheLimit(pool(url, "sa"), pool(url, "sa"));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "PATHWAY_TEST_POSTGRES", matches = "true")
    void simultaneousStartsOnTwoInstancesOfPostgresStopAtTheLimit() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=pathway_job_limit";
        Flyway flyway = Flyway.configure().dataSource(url, "postgres", "").schemas("pathway_job_limit")
                .locations("classpath:db/migration").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        simultaneousStartsStopAtTheLimit(pool(url, "postgres"), pool(url, "postgres"));
    }

    private HikariDataSource pool(String url, String user) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword("");
        pool.setMaximumPoolSize(STARTS);
        pools.add(pool);
        return pool;
    }

    private static PlanJobStore store(HikariDataSource pool) {
        return new PlanJobStore(new JdbcTemplate(pool), new DataSourceTransactionManager(pool));
    }

    private static PlanJobStore.Row job(String kind, String requester) {
        return new PlanJobStore.Row(UUID.randomUUID(), kind, requester, null, null, null, LocalDate.of(2026, 12, 1),
                null, "{}", PlanJobStore.SOLVING, false, null, null, null, null);
    }

    private static void simultaneousStartsStopAtTheLimit(HikariDataSource one, HikariDataSource two)
            throws Exception {
        List<PlanJobStore> instances = List.of(store(one), store(two));
        ExecutorService starters = Executors.newFixedThreadPool(STARTS);
        CountDownLatch ready = new CountDownLatch(STARTS);
        List<Future<Boolean>> starts = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            PlanJobStore instance = instances.get(i % 2);
            Callable<Boolean> start = () -> {
                ready.countDown();
                ready.await();
                try {
                    instance.add(job("COHORT", "lnd"), Instant.now(), LIMIT, "cohort plans");
                    return true;
                } catch (TooManyRequestsException refused) {
                    return false;
                }
            };
            starts.add(starters.submit(start));
        }
        int started = 0;
        for (Future<Boolean> start : starts) {
            started += start.get() ? 1 : 0;
        }
        starters.shutdown();

        assertThat(started).as("starts let through of " + STARTS + " at once").isEqualTo(LIMIT);
        assertThat(new JdbcTemplate(one).queryForObject("select count(*) from plan_job where requester = 'lnd'",
                Long.class)).as("nothing half-saved by a refused start").isEqualTo(LIMIT);
        assertThatThrownBy(() -> instances.get(1).add(job("COHORT", "lnd"), Instant.now(), LIMIT, "cohort plans"))
                .isInstanceOf(TooManyRequestsException.class)
                .hasMessage("you have 3 cohort plans being worked out; wait for one to finish, or stop one, before"
                        + " starting another (at most 3 at once)");
        instances.get(0).add(job("INDIVIDUAL", "lnd"), Instant.now(), LIMIT, "plans");
        instances.get(1).add(job("COHORT", "another-lnd"), Instant.now(), LIMIT, "cohort plans");
        new JdbcTemplate(two).update("update plan_job set status = ? where requester = 'lnd' and kind = 'COHORT'"
                + " and id = (select min(id) from plan_job where requester = 'lnd' and kind = 'COHORT')",
                PlanJobStore.DONE);
        instances.get(1).add(job("COHORT", "lnd"), Instant.now(), LIMIT, "cohort plans");
    }
}
