package org.pathway.crosswalk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathway.audit.AuditTrail;
import org.pathway.dataset.DatasetProblem;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.problem.ConflictException;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.InvalidRequestException.FieldError;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's review of crosswalks: the shipped (suggested) links with the stored decisions over them; accepting,
 * rejecting or editing a link with its strength; importing a crosswalk file. Each change is stored with who and when
 * and audited in the same transaction; a refused change (unknown ids, a framework linked to itself, a strength outside
 * the vocabulary) stores nothing, and neither does a decision that lost to another admin's of the same link made at the
 * same moment (a conflict).
 */
@Service
public class CrosswalkReview {

    private final CrosswalkCatalogue shipped;
    private final FrameworkCatalogue frameworks;
    private final StoredLinkRepository stored;
    private final AuditTrail audit;
    private final Clock clock;

    CrosswalkReview(CrosswalkCatalogue shipped, FrameworkCatalogue frameworks, StoredLinkRepository stored,
            AuditTrail audit, Clock clock) {
        this.shipped = shipped;
        this.frameworks = frameworks;
        this.stored = stored;
        this.audit = audit;
        this.clock = clock;
    }

    /** A reviewer's decision on one link, as the API and the page send it. */
    public record Decision(String fromCompetency, String fromIndicator, String toCompetency, String toIndicator,
            String strength, String status) {
    }

    /** The crosswalk in use from one framework to another: shipped links, decisions over them, links added. */
    @Transactional(readOnly = true)
    public Crosswalk crosswalk(String from, String to) {
        checkPair(from, to);
        List<CrosswalkLink> links = new ArrayList<>(shipped.find(from, to).map(Crosswalk::links).orElse(List.of()));
        for (StoredLink row : stored.findByFromFrameworkAndToFrameworkOrderById(from, to)) {
            CrosswalkLink decided = row.link();
            Optional<CrosswalkLink> suggested = links.stream().filter(l -> l.sameItems(decided)).findFirst();
            if (suggested.isPresent()) {
                CrosswalkLink was = suggested.get();
                links.set(links.indexOf(was), new CrosswalkLink(was.fromCompetency(), was.fromIndicator(),
                        was.toCompetency(), was.toIndicator(), decided.strength(), decided.status(), was.score(),
                        was.matched(), decided.decidedBy(), decided.decidedAt()));
            } else {
                links.add(decided);
            }
        }
        return new Crosswalk(from, to, shipped.find(from, to).map(Crosswalk::notes).orElse(List.of()), links);
    }

    /** Accepts, rejects or edits one link; refused in words, naming each field, when anything in it is wrong. */
    @Transactional
    public CrosswalkLink decide(String from, String to, Decision decision, String actor) {
        checkPair(from, to);
        List<FieldError> errors = new ArrayList<>();
        Strength strength = word(decision.strength(), "strength", Strength::of, errors);
        LinkStatus status = word(decision.status(), "status", LinkStatus::of, errors);
        CrosswalkLink link = new CrosswalkLink(blankToNull(decision.fromCompetency()), blankToNull(decision.fromIndicator()),
                blankToNull(decision.toCompetency()), blankToNull(decision.toIndicator()), strength, status, null, null,
                actor, Instant.now(clock));
        if (link.fromCompetency() == null) {
            errors.add(new FieldError("fromCompetency", "expected a competency id of framework '" + from + "'"));
        }
        if (link.toCompetency() == null) {
            errors.add(new FieldError("toCompetency", "expected a competency id of framework '" + to + "'"));
        }
        if (errors.isEmpty()) {
            CrosswalkLoader.check("request", new Crosswalk(from, to, null, List.of(link)), frameworks).forEach(p ->
                    errors.add(new FieldError(p.pointer().replaceFirst("^/links/0/?", ""), p.message())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Optional<CrosswalkLink> before = crosswalk(from, to).links().stream().filter(l -> l.sameItems(link)).findFirst();
        store(from, to, before.map(b -> link.withScore(b.score())).orElse(link));
        audit.record(actor, "CROSSWALK_" + status.name(), "crosswalk-link", from + "->" + to + ":" + itemKey(link), null,
                before.map(CrosswalkReview::state).orElse(null), state(link));
        return link;
    }

    /** Imports a crosswalk file: every link stored as the file says, or, on any problem, nothing. */
    @Transactional
    public Crosswalk importFile(String name, byte[] content, String actor) {
        List<DatasetProblem> problems = new ArrayList<>();
        Optional<Crosswalk> read = CrosswalkLoader.parse(name, content, frameworks, problems);
        if (read.isEmpty()) {
            throw new InvalidRequestException(problems.stream().map(p -> new FieldError(
                    p.pointer().isEmpty() ? p.file() : p.file() + " at " + p.pointer(), p.message())).toList());
        }
        Instant now = Instant.now(clock);
        for (CrosswalkLink link : read.get().links()) {
            store(read.get().from(), read.get().to(), link.decidedBy() == null
                    ? link.decided(link.strength(), link.status(), actor, now) : link);
        }
        audit.record(actor, "CROSSWALK_IMPORT", "crosswalk", read.get().from() + "->" + read.get().to(), null, null,
                Map.of("file", name, "links", read.get().links().size()));
        return crosswalk(read.get().from(), read.get().to());
    }

    /**
     * Stores one link now (flushed), so that another admin's decision of the same link at the same moment, which wins
     * the unique key or the row's version, makes this one a conflict (409) rolled back whole, audit included.
     */
    private void store(String from, String to, CrosswalkLink link) {
        try {
            stored.findByFromFrameworkAndToFrameworkAndFromCompetencyAndFromIndicatorAndToCompetencyAndToIndicator(from,
                    to, link.fromCompetency(), orEmpty(link.fromIndicator()), link.toCompetency(),
                    orEmpty(link.toIndicator()))
                    .ifPresentOrElse(row -> row.update(link), () -> stored.save(new StoredLink(from, to, link)));
            stored.flush();
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            throw new ConflictException("the link " + itemKey(link) + " from '" + from + "' to '" + to
                    + "' was decided by someone else at the same moment; nothing of yours was saved: read the crosswalk"
                    + " again and decide it afresh");
        }
    }

    private void checkPair(String from, String to) {
        frameworks.get(from);
        frameworks.get(to);
        if (from.equals(to)) {
            throw new InvalidRequestException(List.of(new FieldError("to", "expected a framework other than '" + from
                    + "': a crosswalk joins two different frameworks")));
        }
    }

    private static <T> T word(String word, String field, java.util.function.Function<String, T> of,
            List<FieldError> errors) {
        try {
            return of.apply(word == null ? "" : word.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    private static Map<String, Object> state(CrosswalkLink link) {
        return Map.of("strength", link.strength().word(), "status", link.status().word(), "by",
                String.valueOf(link.decidedBy()));
    }

    private static String itemKey(CrosswalkLink link) {
        return link.fromIndicator() == null ? link.fromCompetency() + "->" + link.toCompetency()
                : link.fromIndicator() + "->" + link.toIndicator();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String orEmpty(String id) {
        return id == null ? "" : id;
    }
}
