package vn.chibo.shared.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.chibo.shared.DomainException;
import vn.chibo.shared.Problems;

/**
 * Every error an HTTP client sees is an RFC 9457 problem detail: domain refusals keep their code (and rule),
 * validation errors list each field, and unexpected failures say nothing about the server's internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    ProblemDetail domainRefusal(DomainException e) {
        var problem = ProblemDetail.forStatusAndDetail(statusOf(e.kind()), e.getMessage());
        problem.setType(Problems.type(e.code()));
        problem.setTitle(titleOf(e.kind()));
        problem.setProperty("code", e.code());
        if (e.rule() != null) {
            problem.setProperty("rule", e.rule().name());
        }
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid values.");
        problem.setType(Problems.type("invalid-request"));
        problem.setTitle("Invalid request");
        problem.setProperty("code", "invalid-request");
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
                .toList());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this in the meantime; reload and try again.");
        problem.setType(Problems.type("concurrent-change"));
        problem.setTitle("Conflict");
        problem.setProperty("code", "concurrent-change");
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrityViolation(DataIntegrityViolationException e) {
        log.info("Refused a change that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The change conflicts with data already stored (for example a duplicate).");
        problem.setType(Problems.type("data-conflict"));
        problem.setTitle("Conflict");
        problem.setProperty("code", "data-conflict");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // Spring Security answers these with its own problem-detail handlers
        }
        log.error("Unexpected error while handling a request", e);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server. Nothing was changed by this request.");
        problem.setType(Problems.type("internal-error"));
        problem.setTitle("Internal error");
        problem.setProperty("code", "internal-error");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = ex.getBody();
        problem.setType(Problems.type("invalid-request"));
        problem.setProperty("code", "invalid-request");
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    private static HttpStatus statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    private static String titleOf(DomainException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict";
            case REJECTED -> "Refused by a rule";
            case FORBIDDEN -> "Forbidden";
            case UNAUTHENTICATED -> "Unauthorized";
            case INVALID -> "Invalid request";
            case TOO_MANY_REQUESTS -> "Too many requests";
        };
    }
}
