package vn.chibo.identity;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.chibo.identity.Refusals.AccountLocked;
import vn.chibo.identity.Refusals.TooManyAttempts;
import vn.chibo.identity.Refusals.WeakPassword;
import vn.chibo.shared.Problems;

/** The refusals whose answer needs more than the shared handler gives: 423, Retry-After, the policy's reasons. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityExceptionHandler {

    @ExceptionHandler(AccountLocked.class)
    ProblemDetail locked(AccountLocked e) {
        return problem(HttpStatus.LOCKED, "Locked", e.code(), e.getMessage());
    }

    @ExceptionHandler(TooManyAttempts.class)
    ResponseEntity<ProblemDetail> throttled(TooManyAttempts e) {
        var seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        var problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.code(), e.getMessage());
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(problem);
    }

    @ExceptionHandler(WeakPassword.class)
    ProblemDetail weak(WeakPassword e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.code(), e.getMessage());
        problem.setProperty("errors", e.reasons().stream().map(r -> Map.of("field", "newPassword", "message", r)).toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String code, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(Problems.type(code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }
}
