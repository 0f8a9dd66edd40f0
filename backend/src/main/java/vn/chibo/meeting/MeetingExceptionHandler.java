package vn.chibo.meeting;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.chibo.meeting.MeetingRefusals.TransitionNotAllowed;
import vn.chibo.shared.Problems;

/** An illegal transition tells the client the meeting's state and the transition it asked for. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MeetingExceptionHandler {

    @ExceptionHandler(TransitionNotAllowed.class)
    ProblemDetail transitionNotAllowed(TransitionNotAllowed e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(Problems.type(e.code()));
        problem.setTitle("Conflict");
        problem.setProperty("code", e.code());
        problem.setProperty("state", e.state().name());
        problem.setProperty("transition", e.transition());
        return problem;
    }
}
