package org.pathway.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rules folder did not compile; carries every error with its file and line. */
public class RuleCompilationException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " error" : " errors") + " in rules:"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining()));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
