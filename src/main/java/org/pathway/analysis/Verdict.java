package org.pathway.analysis;

/** How ready an employee is for a role, from the rules in rules/readiness/verdict.drl. */
public enum Verdict {
    READY_NOW("ready now"),
    READY_IN_1_2_YEARS("ready in 1-2 years"),
    NOT_YET("not yet"),
    /** Most essential requirements rest only on evidence that does not count yet: validate it before judging. */
    INSUFFICIENT_EVIDENCE("insufficient evidence");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
