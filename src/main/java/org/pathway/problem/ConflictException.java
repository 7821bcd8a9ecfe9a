package org.pathway.problem;

/** The request conflicts with the record's current state (409): a second decision, a change after a decision. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
