package org.pathway.problem;

/** The input is larger than Pathway reads (413); thrown while reading it, so that nothing is read beyond the limit. */
public class InputTooLargeException extends RuntimeException {

    public InputTooLargeException(long limit) {
        super("expected a request body of at most " + limit + " bytes");
    }
}
