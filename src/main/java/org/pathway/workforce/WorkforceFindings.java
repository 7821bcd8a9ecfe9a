package org.pathway.workforce;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceLedger;
import org.pathway.framework.FrameworkPublished;
import org.pathway.people.PeopleChanged;
import org.pathway.people.PersonErased;
import org.pathway.people.Unit;
import org.pathway.rules.RulesReloaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The findings read model: each stored employee's {@link EmployeeFindings}, computed once for their evidence version,
 * the rules in use and the day, and kept in memory, so that training needs, succession, the team page and the
 * succession drill-down read them instead of running the rules for the whole council.
 *
 * <p>A change to someone's evidence or record ({@link PeopleChanged}, after it is committed) recomputes that person in
 * the background; new rules ({@link RulesReloaded}) and the start recompute everyone in the background; an erasure
 * ({@link PersonErased}) drops the person. A read never returns findings older than the committed evidence and the
 * rules in use: whatever is stale when asked for is computed then (or awaited, when already under way), in one
 * two-query load of the people concerned; the rest comes from memory without a query.
 */
@Component
public class WorkforceFindings {

    private static final Logger LOG = LoggerFactory.getLogger(WorkforceFindings.class);

    /**
     * What one employee's findings are computed from: their evidence and record as changed so far, the rules in use
     * and the day. Anything worked out from the same key is still current; another view can key its own answers by it
     * (the readiness API does).
     */
    public record Key(String employeeId, long evidenceVersion, long rulesVersion, LocalDate asOf) {
    }

    /** The whole council's findings and the keys they were read for. */
    private record Snapshot(Set<Key> keys, List<EmployeeFindings> findings) {
    }

    private final EvidenceLedger ledger;
    private final WorkforceAnalyser analyser;
    private final Clock clock;
    private final AsyncCache<Key, EmployeeFindings> findings;
    private final AtomicLong rulesVersion = new AtomicLong();
    /** Who is stored, and how many times their evidence or record has changed; read from the ledger when first used. */
    private volatile Map<String, Long> evidenceVersions;
    private volatile LocalDate day;
    private volatile Snapshot council;

    WorkforceFindings(EvidenceLedger ledger, WorkforceAnalyser analyser, AnalysisThreads threads, Clock clock) {
        this.ledger = ledger;
        this.analyser = analyser;
        this.clock = clock;
        this.findings = Caffeine.newBuilder().executor(threads.executor()).buildAsync();
    }

    /** Everyone's findings today within {@code scope}, by employee id. */
    public List<EmployeeFindings> findings(UnitScope scope) {
        List<EmployeeFindings> council = council();
        return scope.equals(UnitScope.WHOLE_COUNCIL) ? council
                : council.stream().filter(f -> scope.contains(f.unit())).toList();
    }

    /**
     * Everyone's findings today, by employee id: the same list, not a copy, for as long as none of them changes, so
     * that views worked out from it can be kept as long (see {@link CouncilViews}).
     */
    public List<EmployeeFindings> council() {
        Set<Key> keys = Set.copyOf(keys(roster().keySet()));
        Snapshot last = council;
        if (last != null && last.keys().equals(keys)) {
            return last.findings();
        }
        List<EmployeeFindings> current = current(keys);
        council = new Snapshot(keys, current);
        return current;
    }

    /** Every directorate, service and team someone works in, as the workforce pages' unit field offers them. */
    public List<String> units() {
        TreeSet<String> units = new TreeSet<>();
        for (EmployeeFindings person : council()) {
            Unit u = person.unit();
            if (u != null && u.directorate() != null) {
                units.add(u.directorate());
                if (u.service() != null) {
                    units.add(u.directorate() + "/" + u.service());
                    if (u.team() != null) {
                        units.add(u.directorate() + "/" + u.service() + "/" + u.team());
                    }
                }
            }
        }
        return List.copyOf(units);
    }

    /** The findings today of those of {@code employeeIds} who are stored, by employee id. */
    public List<EmployeeFindings> findingsOf(Collection<String> employeeIds) {
        return current(keys(employeeIds));
    }

    /** What the employee's findings today are computed from, if the employee is stored. */
    public Optional<Key> key(String employeeId) {
        return keys(List.of(employeeId)).stream().findFirst();
    }

    private List<EmployeeFindings> current(Collection<Key> keys) {
        return findings.getAll(keys, this::analyse).join().values().stream()
                .sorted(Comparator.comparing(EmployeeFindings::employeeId)).toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        refresh(roster().keySet());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(PeopleChanged changed) {
        Map<String, Long> versions = evidenceVersions;
        if (versions == null) {
            return;
        }
        changed.employeeIds().forEach(id -> versions.merge(id, 1L, Long::sum));
        forgetStale();
        refresh(changed.employeeIds());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void erased(PersonErased erased) {
        Map<String, Long> versions = evidenceVersions;
        if (versions != null) {
            versions.remove(erased.employeeId());
        }
        council = null;
        forgetStale();
    }

    @EventListener
    void reloaded(RulesReloaded reloaded) {
        recomputeEveryone();
    }

    /** A published framework or role profiles change findings as new rules do. */
    @TransactionalEventListener(fallbackExecution = true)
    void published(FrameworkPublished published) {
        recomputeEveryone();
    }

    private void recomputeEveryone() {
        rulesVersion.incrementAndGet();
        forgetStale();
        if (evidenceVersions != null) {
            refresh(evidenceVersions.keySet());
        }
    }

    /** Starts computing whatever of these people's findings is stale, without waiting for it. */
    private void refresh(Collection<String> employeeIds) {
        findings.getAll(keys(employeeIds), this::analyse).whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.warn("Could not recompute the findings of {} employees", employeeIds.size(), failure);
            }
        });
    }

    private List<Key> keys(Collection<String> employeeIds) {
        Map<String, Long> versions = roster();
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day)) {
            day = today;
            forgetStale();
        }
        long rules = rulesVersion.get();
        return employeeIds.stream().distinct().map(id -> {
            Long version = versions.get(id);
            return version == null ? null : new Key(id, version, rules, today);
        }).filter(Objects::nonNull).toList();
    }

    private Map<String, Long> roster() {
        Map<String, Long> versions = evidenceVersions;
        if (versions == null) {
            synchronized (this) {
                if (evidenceVersions == null) {
                    Map<String, Long> stored = new ConcurrentHashMap<>();
                    ledger.employeeIds().forEach(id -> stored.put(id, 0L));
                    evidenceVersions = stored;
                }
                versions = evidenceVersions;
            }
        }
        return versions;
    }

    /** Loads these people in two queries and analyses them on the analysis threads; nobody waits on those threads. */
    private CompletableFuture<Map<Key, EmployeeFindings>> analyse(Set<? extends Key> keys, Executor threads) {
        Map<String, Key> byEmployee = keys.stream().collect(Collectors.toMap(Key::employeeId, Function.identity()));
        LocalDate asOf = keys.iterator().next().asOf();
        return CompletableFuture.supplyAsync(() -> ledger.employees(byEmployee.keySet()), threads)
                .thenCompose(employees -> {
                    forgetUnstored(byEmployee.values(), employees);
                    return analyser.start(employees, asOf, WorkforceAnalyser.Progress.NONE);
                })
                .thenApply(analysed -> analysed.stream()
                        .collect(Collectors.toMap(f -> byEmployee.get(f.employeeId()), Function.identity())));
    }

    /** People asked for but no longer stored (erased, or never there) leave the roster, unless they changed since. */
    private void forgetUnstored(Collection<Key> asked, List<Employee> stored) {
        Set<String> found = stored.stream().map(Employee::id).collect(Collectors.toSet());
        asked.stream().filter(key -> !found.contains(key.employeeId()))
                .forEach(key -> evidenceVersions.remove(key.employeeId(), key.evidenceVersion()));
    }

    /** Drops findings computed from evidence, rules or a day no longer current. */
    private void forgetStale() {
        Map<String, Long> versions = evidenceVersions;
        long rules = rulesVersion.get();
        LocalDate today = day;
        findings.asMap().keySet().removeIf(key -> key.rulesVersion() != rules || !key.asOf().equals(today)
                || versions == null || !Long.valueOf(key.evidenceVersion()).equals(versions.get(key.employeeId())));
    }
}
