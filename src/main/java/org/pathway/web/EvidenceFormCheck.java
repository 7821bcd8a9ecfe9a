package org.pathway.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.people.TextLimits;
import org.pathway.problem.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * The check a page makes of an evidence form before the ledger sees it, each problem in words for the field it is
 * next to: a behaviour of the chosen competency, a date that is not in the future and recent enough to ever count
 * (from the analysis's recency window), and a description that is there and not too long. The ledger checks again;
 * anything it still refuses is put next to its field too.
 */
@Component
public final class EvidenceFormCheck {

    private final PlainWords words;

    EvidenceFormCheck(PlainWords words) {
        this.words = words;
    }

    /** The form's problems by field; empty when the ledger may be asked to record it. */
    public Map<String, String> problems(EvidenceForm form, Framework framework, LocalDate today, LocalDate earliestCounting) {
        Map<String, String> problems = new LinkedHashMap<>();
        Competency competency = form.competencyId() == null ? null
                : framework.competency(form.competencyId()).orElse(null);
        if (competency == null) {
            problems.put("competencyId", "Choose a competency.");
        } else if (form.indicatorId() == null
                || competency.indicators().stream().noneMatch(i -> i.id().equals(form.indicatorId()))) {
            problems.put("indicatorId", "Choose a behaviour of " + competency.name() + ".");
        }
        date(form.observedOn(), today, earliestCounting, problems);
        if (form.example() == null || form.example().isBlank()) {
            problems.put("example", "Describe what was done, in a sentence or two: evidence with no description"
                    + " cannot be validated.");
        } else if (form.example().length() > TextLimits.EXAMPLE) {
            problems.put("example", String.format("Shorten the description to %,d characters or fewer: it has %,d.",
                    TextLimits.EXAMPLE, form.example().length()));
        }
        return problems;
    }

    /** What the ledger refused, by the form's field where it names one (the rest under "form"). */
    public Map<String, String> problems(InvalidRequestException refused) {
        Map<String, String> problems = new LinkedHashMap<>();
        refused.errors().forEach(e -> problems.merge(switch (e.field()) {
            case "competencyId", "indicatorId", "observedOn", "example" -> e.field();
            default -> "form";
        }, "Not recorded: " + e.message() + ".", (a, b) -> a + " " + b));
        return problems;
    }

    private void date(String typed, LocalDate today, LocalDate earliest, Map<String, String> problems) {
        LocalDate date;
        try {
            date = typed == null || typed.isBlank() ? null : LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            problems.put("observedOn", "Give the date it happened.");
        } else if (date.isAfter(today)) {
            problems.put("observedOn", "Give a date no later than today, " + words.date(today) + ".");
        } else if (date.isBefore(earliest)) {
            problems.put("observedOn", "Evidence from before " + words.date(earliest) + " is too old ever to count"
                    + " towards readiness: give a date from then on.");
        }
    }
}
