package org.pathway.versions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathway.audit.AuditTrail;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceLedger;
import org.pathway.problem.ConflictException;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.NotFoundException;
import org.pathway.rules.PolicyComparison;
import org.pathway.rules.RuleBase;
import org.pathway.rules.RuleBaseHolder;
import org.pathway.rules.RuleCompilationException;
import org.pathway.rules.RuleSources;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.PolicyImpact;
import org.pathway.workforce.WorkforceFindings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every version of the policy and rules put in force, stored with who, when, why, its files and their hash; and
 * publishing: a proposal is compiled and tried on the sample employees, stored as the next version, written into the
 * rules folder (so that it is the one in force after a restart) and put in use, which recomputes every finding. A
 * publication based on a version no longer in force is refused (409): the admin previews again. Every publication is
 * in the audit trail.
 *
 * <p>At start the rules folder is in force, as before; it is stored as a version when its hash is new.
 */
@Service
public class PolicyVersions {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyVersions.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.of("Europe/London"));
    private static final int LONGEST_REASON = 1000;
    static final String SYSTEM = "system";

    private final PolicyVersionRepository versions;
    private final RuleBaseHolder rules;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final EvidenceLedger ledger;
    private final PolicyImpact impact;
    private final WorkforceFindings findings;
    private final JdbcTemplate jdbc;
    /** The latest version number this instance has seen; -1 until start. */
    private volatile long followed = -1;

    PolicyVersions(PolicyVersionRepository versions, RuleBaseHolder rules, AuditTrail audit,
            TransactionTemplate transaction, Clock clock, EvidenceLedger ledger, PolicyImpact impact,
            WorkforceFindings findings, DataSource database) {
        this.versions = versions;
        this.rules = rules;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.ledger = ledger;
        this.impact = impact;
        this.findings = findings;
        this.jdbc = new JdbcTemplate(database);
    }

    /** What a proposal changes: its values and rule files against the version in force, and the verdicts. */
    public record Preview(long basedOn, PolicyComparison changes, PolicyImpact.Report impact) {
    }

    /**
     * The stored workforce judged today under the version in force and under {@code proposal} (which must compile and
     * run on the sample employees, or is refused with every problem): what publishing it would change.
     */
    public Preview preview(RuleSources proposal) {
        long basedOn = inForce().number();
        RuleBase current = rules.get();
        RuleBase proposed = tryOut(proposal);
        List<Employee> employees = ledger.all();
        // the verdicts under the version in force are the findings read model's: only the proposal is judged here
        List<EmployeeFindings> before = findings.findingsOf(employees.stream().map(Employee::id).toList());
        return new Preview(basedOn, PolicyComparison.of("version " + basedOn, current.sources(), "the proposal",
                proposal), impact.preview(before, employees, proposed, LocalDate.now(clock)));
    }

    /**
     * At start: when the rules folder holds an earlier stored version than the latest (another instance published
     * since this one's folder was written), the latest is put in force; otherwise the folder's rules are stored as a
     * version when they are not the latest stored.
     */
    @EventListener(ApplicationStartedEvent.class)
    public synchronized void recordInForce() {
        RuleSources sources = rules.get().sources();
        Optional<PolicyVersionEntity> latest = versions.findTopByOrderByNumberDesc();
        if (latest.isPresent() && !latest.get().hash().equals(sources.hash()) && versions.existsByHash(sources.hash())) {
            adopt(latest.get(), "the rules folder holds an earlier version");
        } else if (latest.map(v -> !v.hash().equals(sources.hash())).orElse(true)) {
            PolicyVersion recorded = store(sources, SYSTEM, "in the rules folder " + rules.folder() + " at start");
            LOG.info("Policy and rules version {} ({}) recorded from the rules folder", recorded.number(),
                    recorded.version());
        }
        followed = versions.latestNumber();
    }

    /**
     * Several instances on one database: every {@code pathway.versions.follow-ms} (1 s) each instance reads the latest
     * version's number, and puts a version published or reloaded on another instance in force here, compiled without a
     * second trial (every stored version was tried before it was stored); new rules recompute every finding, as on the
     * instance that published them.
     */
    @Scheduled(fixedDelayString = "${pathway.versions.follow-ms:1000}",
            initialDelayString = "${pathway.versions.follow-ms:1000}")
    public void follow() {
        long seen = followed;
        if (seen < 0) {
            return;
        }
        // plain JDBC: a poll every 2 s is no business of Hibernate's statistics and caches
        long latest = jdbc.queryForObject("select coalesce(max(number), 0) from policy_version", Long.class);
        if (latest > seen) {
            synchronized (this) {
                PolicyVersionEntity version = entity(versions.latestNumber());
                if (!version.hash().equals(rules.get().sources().hash())) {
                    adopt(version, "published on another instance");
                }
                followed = version.number();
            }
        }
    }

    private void adopt(PolicyVersionEntity version, String why) {
        try {
            rules.use(rules.compileTried(sources(version)));
            LOG.info("Policy and rules version {} ({}) put in force: {}", version.number(),
                    version.hash().substring(0, 12), why);
        } catch (RuleCompilationException e) {
            LOG.error("Policy and rules version {} could not be put in force here ({}): {}", version.number(), why,
                    e.getMessage());
        }
    }

    /**
     * How a page names the versions a result was decided under ({@code decidedUnder}: names joined by ", "): "version
     * 3 of 1 Dec 2026" for each stored one (the newest number, when a restore stored its files again), the name itself
     * for one not stored here (decided by the command line, say).
     */
    public String describe(String decidedUnder) {
        if (decidedUnder == null || decidedUnder.isBlank()) {
            return "";
        }
        return Arrays.stream(decidedUnder.split(", ")).map(name -> versions
                .findFirstByHashStartingWithOrderByNumberDesc(name)
                .map(v -> "version " + v.number() + " of " + PUBLISHED.format(v.publishedAt()))
                .orElse(name)).collect(Collectors.joining(", "));
    }

    /** Every version, newest first. */
    public List<PolicyVersion> all() {
        String inForce = rules.get().sources().hash();
        List<PolicyVersion> all = new ArrayList<>();
        for (PolicyVersionEntity version : versions.findAllByOrderByNumberDesc()) {
            // a restored version's files are an earlier one's too: the newest of them is the one in force
            boolean found = all.stream().anyMatch(PolicyVersion::inForce);
            all.add(view(version, found ? "" : inForce));
        }
        return all;
    }

    /** The version in force (stored at start, so always there once the service has started). */
    public PolicyVersion inForce() {
        return all().stream().filter(PolicyVersion::inForce).findFirst()
                .orElseThrow(() -> new NotFoundException("no stored version is in force"));
    }

    public PolicyVersion get(long number) {
        return view(entity(number), rules.get().sources().hash());
    }

    /** The files of a version, by path relative to the rules folder. */
    public RuleSources sources(long number) {
        return sources(entity(number));
    }

    /** The texts in force now. */
    public RuleSources inForceSources() {
        return rules.get().sources();
    }

    public PolicyComparison compare(long from, long to) {
        return PolicyComparison.of("version " + from, sources(from), "version " + to, sources(to));
    }

    /** Checks a proposal compiles and runs on the sample employees; refused with every problem (422). */
    public RuleBase tryOut(RuleSources proposal) {
        try {
            return rules.tryOut(proposal);
        } catch (RuleCompilationException e) {
            throw new InvalidRequestException(e.problems().stream()
                    .map(p -> new InvalidRequestException.FieldError(p.file() + (p.line() > 0 ? ":" + p.line() : ""),
                            p.message())).toList());
        }
    }

    /**
     * Publishes {@code proposal} as the next version, if the version in force is still {@code basedOn} (the one the
     * admin previewed against), with a reason; returns the version now in force.
     */
    public synchronized PolicyVersion publish(RuleSources proposal, long basedOn, String actor, String reason) {
        String why = reason(reason);
        PolicyVersion current = inForce();
        if (current.number() != basedOn) {
            throw new ConflictException("version " + current.number() + " (" + current.version() + ") was published by "
                    + current.publishedBy() + " at " + current.publishedAt() + " since version " + basedOn
                    + " you previewed against: preview the proposal again");
        }
        if (proposal.hash().equals(current.hash())) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("policy",
                    "the proposal is version " + current.number() + ", already in force: nothing to publish")));
        }
        RuleBase tried = tryOut(proposal);
        PolicyVersion published = store(proposal, actor, why);
        followed = published.number();
        proposal.writeTo(rules.folder(), rules.policyFile());
        rules.use(tried);
        return view(entity(published.number()), tried.sources().hash());
    }

    /** Publishes an earlier version's files again, as a new version. */
    public PolicyVersion restore(long number, long basedOn, String actor, String reason) {
        return publish(sources(number), basedOn, actor, "restores version " + number + ": " + reason(reason));
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > LONGEST_REASON - 40) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("reason",
                    "expected why this version is published, 1 to " + (LONGEST_REASON - 40) + " characters")));
        }
        return why;
    }

    /** Reloads the rules folder (edited on the server) and records it as a version when it put new rules in use. */
    public synchronized RuleBaseHolder.Reload reload(String actor) {
        RuleBaseHolder.Reload reload = rules.reload();
        if (reload.replaced()) {
            RuleSources sources = rules.get().sources();
            boolean known = versions.findTopByOrderByNumberDesc().map(v -> v.hash().equals(sources.hash()))
                    .orElse(false);
            if (!known) {
                store(sources, actor, "reloaded from the rules folder " + rules.folder());
            }
        }
        return reload;
    }

    private PolicyVersion store(RuleSources sources, String actor, String reason) {
        try {
            return transaction.execute(status -> {
                long number = versions.findTopByOrderByNumberDesc().map(PolicyVersionEntity::number).orElse(0L) + 1;
                PolicyVersionEntity entity = versions.saveAndFlush(new PolicyVersionEntity(number, sources.hash(),
                        Instant.now(clock), actor, reason, JSON.writeValueAsString(sources.files())));
                audit.record(actor, "PUBLISH", "policy_version", String.valueOf(number), null, null,
                        Map.of("number", number, "hash", sources.hash(), "reason", reason));
                return view(entity, "");
            });
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("another version was published at the same moment: preview again");
        }
    }

    private PolicyVersionEntity entity(long number) {
        return versions.findById(number).orElseThrow(() -> new NotFoundException("no policy version " + number));
    }

    private static RuleSources sources(PolicyVersionEntity entity) {
        Map<String, String> files = JSON.readValue(entity.content(), new TypeReference<Map<String, String>>() { });
        return new RuleSources("version " + entity.number(), files, null);
    }

    private static PolicyVersion view(PolicyVersionEntity entity, String inForceHash) {
        return new PolicyVersion(entity.number(), entity.hash().substring(0, 12), entity.hash(),
                entity.publishedAt(), entity.publishedBy(), entity.reason(), entity.hash().equals(inForceHash));
    }
}
