package org.pathway.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.pathway.framework.UnknownFrameworkException;
import org.pathway.problem.ConflictException;
import org.pathway.problem.InputTooLargeException;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.LoggedFailure;
import org.pathway.problem.NotAllowedException;
import org.pathway.problem.NotFoundException;
import org.pathway.problem.Quotes;
import org.pathway.problem.TooManyRequestsException;
import org.pathway.role.UnknownRoleException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * The API's errors as RFC 9457 problem details: unknown ids are 404s; bad input is a 400 whose {@code errors} name
 * each field and what was expected there, in words (never a Java type, never more than a short quote of the value);
 * a refusal is a 403 saying what is allowed; a conflict with the record's state, or with someone else's change made
 * at the same moment, is a 409. Pages get HTML error pages instead ({@link PageErrors}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandlers extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandlers.class);

    @ExceptionHandler({NotFoundException.class, UnknownFrameworkException.class, UnknownRoleException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return badRequest(e.getMessage(), e.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
    }

    @ExceptionHandler(NotAllowedException.class)
    ProblemDetail notAllowed(NotAllowedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage(), e.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), List.of());
    }

    @ExceptionHandler(InputTooLargeException.class)
    ProblemDetail tooLarge(InputTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Payload too large", e.getMessage(), List.of());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ProblemDetail tooMany(TooManyRequestsException e) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage(), List.of());
    }

    /** Two changes of one record at the same moment: the one that lost is told, and may try again. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail changedMeanwhile(ConcurrencyFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "the record was changed by someone else at the same moment;"
                + " read it again and retry", List.of());
    }

    /** Unreadable JSON: malformed, or a value of the wrong type; names the field when the parser knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InputTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(tooLarge(tooLarge));
            }
        }
        ProblemDetail problem;
        if (e.getCause() instanceof JacksonException jackson) {
            String field = jackson.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                    .reduce((a, b) -> a + "." + b).orElse("");
            String message = UnreadableValues.inWords(jackson);
            problem = badRequest("Failed to read request: " + (field.isEmpty() ? "" : field + ": ") + message,
                    field.isEmpty() ? List.of() : List.of(Map.of("field", field, "message", message)));
        } else {
            problem = badRequest("Failed to read request: expected a JSON body", List.of());
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemHandlers::describe).toList();
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(badRequest(
                errors.stream().map(m -> m.get("field") + ": " + m.get("message")).reduce((a, b) -> a + "; " + b)
                        .orElse("invalid request"), errors));
    }

    /** Method security's refusal of a record or action (record-level checks outside the ledger's rules). */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", "your role does not allow this", List.of());
    }

    /** Anything else is Pathway's fault: a 500 that says so, with the details in the log, not the reply. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("Unexpected error answering an API request", LoggedFailure.of(e));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong", "Pathway could not finish this"
                + " request; nothing was half-written. If it keeps happening, tell your Pathway administrator the time"
                + " it happened.", List.of());
    }

    private static Map<String, String> describe(FieldError error) {
        return Map.of("field", error.getField(), "message", "expected a value that " + error.getDefaultMessage()
                + (error.getRejectedValue() == null ? "" : ", found " + Quotes.shortQuote(error.getRejectedValue())));
    }

    private static ProblemDetail badRequest(String detail, List<Map<String, String>> errors) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, errors);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail,
            List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty() || status == HttpStatus.BAD_REQUEST) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
