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

    private static String describe(List<DatasetProblem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in datasets:"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
