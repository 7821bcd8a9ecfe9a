package org.pathway.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when datasets cannot be loaded; carries every problem found, not just the first. */
public class DatasetException extends RuntimeException {

    private final transient List<DatasetProblem> problems;

    public DatasetException(List<DatasetProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<DatasetProblem> problems() {
        return problems;
    }

    private static final int LISTED = 50;

    /** Every problem up to {@value #LISTED}, then how many more: enough to act on without flooding a terminal. */
    private static String describe(List<DatasetProblem> problems) {
        String listed = problems.stream().limit(LISTED).map(p -> "\n  " + p).collect(Collectors.joining());
        String more = problems.size() > LISTED ? "\n  ... and " + (problems.size() - LISTED) + " more" : "";
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in datasets:" + listed + more;
    }
}
