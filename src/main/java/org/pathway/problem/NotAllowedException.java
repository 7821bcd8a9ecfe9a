package org.pathway.problem;

import java.util.List;

/**
 * A signed-in user asked for something their role or their relation to the record does not allow (403), with the
 * field the refusal is about and what they may do instead.
 */
public class NotAllowedException extends RuntimeException {

    private final transient List<InvalidRequestException.FieldError> errors;

    public NotAllowedException(String field, String message) {
        super(message);
        this.errors = List.of(new InvalidRequestException.FieldError(field, message));
    }

    public NotAllowedException(String message) {
        super(message);
        this.errors = List.of();
    }

    public List<InvalidRequestException.FieldError> errors() {
        return errors;
    }
}
