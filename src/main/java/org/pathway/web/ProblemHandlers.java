package org.pathway.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.NotFoundException;
import org.pathway.framework.UnknownFrameworkException;
import org.pathway.role.UnknownRoleException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * The API's errors as RFC 9457 problem details: unknown ids are 404s; bad input is a 400 whose {@code errors} name
 * each field and what was expected there.
 */
@RestControllerAdvice(basePackages = "org.pathway")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandlers {

    @ExceptionHandler({NotFoundException.class, UnknownFrameworkException.class, UnknownRoleException.class})
    ProblemDetail notFound(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return badRequest(e.getMessage(), e.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail notValid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemHandlers::describe).toList();
        return badRequest(errors.stream().map(m -> m.get("field") + ": " + m.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("invalid request"), errors);
    }

    /** Unreadable JSON: malformed, or a value of the wrong type; names the field when the parser knows it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException jackson) {
            String field = jackson.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                    .reduce((a, b) -> a + "." + b).orElse("");
            String message = jackson.getOriginalMessage();
            return badRequest("Failed to read request: " + message,
                    field.isEmpty() ? List.of() : List.of(Map.of("field", field, "message", message)));
        }
        return badRequest("Failed to read request", List.of());
    }

    private static Map<String, String> describe(FieldError error) {
        return Map.of("field", error.getField(), "message", "expected a value that " + error.getDefaultMessage()
                + (error.getRejectedValue() == null ? "" : ", found '" + error.getRejectedValue() + "'"));
    }

    private static ProblemDetail badRequest(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", errors);
        return problem;
    }
}
