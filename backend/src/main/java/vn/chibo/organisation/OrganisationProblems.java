package vn.chibo.organisation;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.chibo.organisation.OrganisationRefusals.InvalidInput;
import vn.chibo.shared.Problems;

/** Field errors found by the module's own checks, answered like bean-validation errors: a 400 listing each. */
@RestControllerAdvice(assignableTypes = { UnitController.class, MemberController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganisationProblems {

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(Problems.type(e.code()));
        problem.setTitle("Invalid request");
        problem.setProperty("code", e.code());
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
