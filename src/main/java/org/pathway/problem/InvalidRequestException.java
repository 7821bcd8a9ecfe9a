package org.pathway.problem;

import java.util.List;

/** A request the service refuses, with each offending field and what was expected there. */
public class InvalidRequestException extends RuntimeException {

    /** One offending field. */
    public record FieldError(String field, String message) {
    }

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.errors = List.copyOf(errors);
    }

    /** The problems of a request's body, each named by its API property. */
    public static InvalidRequestException of(List<FieldProblem> problems) {
        return new InvalidRequestException(problems.stream()
                .map(p -> new FieldError(p.field().property(), p.message())).toList());
    }

    public List<FieldError> errors() {
        return errors;
    }
}
