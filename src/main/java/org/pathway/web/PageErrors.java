package org.pathway.web;

import org.pathway.framework.UnknownFrameworkException;
import org.pathway.problem.ConflictException;
import org.pathway.problem.InputTooLargeException;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.LoggedFailure;
import org.pathway.problem.NotAllowedException;
import org.pathway.problem.NotFoundException;
import org.pathway.role.UnknownRoleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The pages' errors as pages in the site's layout, in words: a record or page that does not exist (or that the user
 * may not see) is the "not found" page, a refusal the "not allowed" page, a request the page cannot act on the
 * "cannot do that" page. The API answers the same errors as problem details ({@link ProblemHandlers}).
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler({NotFoundException.class, UnknownFrameworkException.class, UnknownRoleException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(NotAllowedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed(NotAllowedException e, Model model) {
        model.addAttribute("reason", e.getMessage());
        return "error/403";
    }

    @ExceptionHandler({InvalidRequestException.class, MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String cannotDo(Exception e, Model model) {
        model.addAttribute("reason", e instanceof InvalidRequestException invalid ? invalid.getMessage()
                : "the address is missing something the page needs, or has a value it does not understand");
        return "error/400";
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessDenied() {
        return "error/403";
    }

    /** An error that carries its own status (such as a 404 raised by Spring): the page for that status. */
    @ExceptionHandler({ResponseStatusException.class, ErrorResponseException.class})
    ModelAndView withStatus(Exception e) {
        HttpStatusCode status = ((ErrorResponse) e).getStatusCode();
        String view = status.value() == 404 ? "error/404" : status.value() == 403 ? "error/403"
                : status.is4xxClientError() ? "error/400" : "error";
        return new ModelAndView(view, Map.of("status", status.value()), status);
    }

    /** Anything else is Pathway's fault: the general error page, the details in the log. */
    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    String unexpected(Exception e) {
        LOG.error("Unexpected error answering a page", LoggedFailure.of(e));
        return "error";
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException e, Model model) {
        model.addAttribute("reason", e.getMessage());
        return "error/400";
    }

    /** An upload over the limit (checked by the page, or refused by the multipart reader before any page runs). */
    @ExceptionHandler(InputTooLargeException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String tooLarge() {
        return "error/413";
    }
}
