package org.pathway.cluster;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.pathway.framework.FrameworkPublished;
import org.pathway.framework.FrameworkPublishedElsewhere;
import org.pathway.people.PeopleChanged;
import org.pathway.people.PersonErased;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What one instance's memory must hear of changes committed on another instance of the same database: each change of
 * people's evidence or records ({@link PeopleChanged}) and each erasure ({@link PersonErased}) is written to
 * {@code cluster_change} in the change's own transaction, on its connection, so that the two commit together and a
 * write never holds one connection while it waits for another; every {@code pathway.cluster.follow-ms} (2 s) each
 * instance reads the changes made elsewhere and announces them to itself, so that its findings, readiness answers and council views drop what
 * they held about those people. A framework published on one instance ({@link FrameworkPublished}) is announced on
 * the others likewise, and put in use there from its stored row. Rows are kept for {@link #KEPT}. (New rules travel by
 * the policy versions instead.) An embedded H2 database is open in one process only, so on it nothing is written or
 * read unless {@code pathway.cluster.notes=true} says otherwise.
 */
@Component
class ClusterChanges {

    private static final Duration KEPT = Duration.ofHours(1);
    private static final String PEOPLE = "PEOPLE";
    private static final String ERASED = "ERASED";
    private static final String FRAMEWORK = "FRAMEWORK";
    /** Ids are given in order but may commit out of it: each read looks this far back, skipping what it has seen. */
    private static final long LOOK_BACK = 1_000;
    private static final int REMEMBERED = 10_000;
    /** An import changes thousands of people at once: their ids are written this many a row. */
    private static final int PEOPLE_A_ROW = 5_000;

    /** Set while this instance announces another's change, so that it is not written back. */
    private static final ThreadLocal<Boolean> REPLAYING = ThreadLocal.withInitial(() -> false);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean shared;
    private final String origin = UUID.randomUUID().toString();
    private final Set<Long> seen = new LinkedHashSet<>();
    private volatile long last = -1;

    ClusterChanges(DataSource database, ApplicationEventPublisher events, Clock clock,
            @Value("${spring.datasource.url}") String url, @Value("${pathway.cluster.notes:}") String notes) {
        this.jdbc = new JdbcTemplate(database);
        this.shared = notes.isBlank() ? sharedDatabase(url) : Boolean.parseBoolean(notes);
        this.events = events;
        this.clock = clock;
    }

    /** Whether other processes can open the database at {@code url}: any but an embedded H2 database. */
    static boolean sharedDatabase(String url) {
        String h2 = "jdbc:h2:";
        return !url.startsWith(h2) || url.startsWith(h2 + "tcp:") || url.startsWith(h2 + "ssl:");
    }

    @EventListener(ApplicationStartedEvent.class)
    void fromNow() {
        if (!shared) {
            return;
        }
        last = jdbc.queryForObject("select coalesce(max(id), 0) from cluster_change", Long.class);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void changed(PeopleChanged changed) {
        if (!REPLAYING.get()) {
            List<String> ids = List.copyOf(changed.employeeIds());
            for (int from = 0; from < ids.size(); from += PEOPLE_A_ROW) {
                write(PEOPLE, String.join("\n", ids.subList(from, Math.min(ids.size(), from + PEOPLE_A_ROW))));
            }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void erased(PersonErased erased) {
        if (!REPLAYING.get()) {
            write(ERASED, erased.employeeId() + "\n" + (erased.username() == null ? "" : erased.username()));
        }
    }

    /** A framework published here (not one put in use at start, nor one published elsewhere and followed here). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void published(FrameworkPublished published) {
        if (!REPLAYING.get() && last >= 0) {
            write(FRAMEWORK, published.frameworkId());
        }
    }

    /** In the transaction of the change, if there is one: a change the others cannot be told of is not made. */
    private void write(String kind, String subject) {
        if (!shared) {
            return;
        }
        jdbc.update("insert into cluster_change (origin, kind, subject, happened_at) values (?, ?, ?, ?)", origin, kind,
                subject, Timestamp.from(clock.instant()));
    }

    /** Announces here the changes committed on other instances since the last read. */
    @Scheduled(fixedDelayString = "${pathway.cluster.follow-ms:2000}",
            initialDelayString = "${pathway.cluster.follow-ms:2000}")
    void follow() {
        if (last < 0) {
            return;
        }
        record Change(long id, String origin, String kind, String subject) {
        }
        List<Change> changes = jdbc.query("select id, origin, kind, subject from cluster_change where id > ? order by id",
                (rs, n) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                last - LOOK_BACK);
        for (Change change : changes) {
            if (!seen.add(change.id())) {
                continue;
            }
            last = Math.max(last, change.id());
            if (!change.origin().equals(origin)) {
                announce(change.kind(), change.subject());
            }
        }
        while (seen.size() > REMEMBERED) {
            seen.remove(seen.iterator().next());
        }
        jdbc.update("delete from cluster_change where happened_at < ?", Timestamp.from(clock.instant().minus(KEPT)));
    }

    private void announce(String kind, String subject) {
        REPLAYING.set(true);
        try {
            if (kind.equals(PEOPLE)) {
                events.publishEvent(new PeopleChanged(Set.copyOf(Arrays.asList(subject.split("\n")))));
            } else if (kind.equals(ERASED)) {
                String[] parts = subject.split("\n", -1);
                events.publishEvent(new PersonErased(parts[0], parts[1].isEmpty() ? null : parts[1]));
            } else if (kind.equals(FRAMEWORK)) {
                events.publishEvent(new FrameworkPublishedElsewhere(subject));
            }
        } finally {
            REPLAYING.set(false);
        }
    }
}
