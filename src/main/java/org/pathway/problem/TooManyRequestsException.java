package org.pathway.problem;

/** The caller has asked for too much at once (429): the message says what to wait for. */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException(String message) {
        super(message);
    }
}
