package vn.chibo.identity;

import java.time.Duration;
import java.util.List;

import vn.chibo.shared.DomainException;
import vn.chibo.shared.Rule;

/** The identity module's refusals, each with the stable code docs/access.md promises. */
final class Refusals {

    private Refusals() {
    }

    static DomainException badCredentials() {
        return DomainException.refusal("bad-credentials", DomainException.Kind.UNAUTHENTICATED,
                "Wrong username or password.");
    }

    static DomainException badSecondFactor() {
        return DomainException.refusal("bad-second-factor", DomainException.Kind.UNAUTHENTICATED,
                "The code is wrong, expired or already used.", Rule.R6);
    }

    static final class TooManyAttempts extends DomainException {
        private final Duration retryAfter;

        TooManyAttempts(Duration retryAfter) {
            super("too-many-attempts", Kind.TOO_MANY_REQUESTS, "Too many failed attempts; try again later.");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    /** Answered with 423 by {@code IdentityExceptionHandler}; the kind is the fallback. */
    static final class AccountLocked extends DomainException {
        AccountLocked() {
            super("account-locked", Kind.FORBIDDEN, "The account is locked after too many failed logins; an administrator can unlock it.");
        }
    }

    static DomainException loginDisabled() {
        return DomainException.refusal("login-disabled", DomainException.Kind.FORBIDDEN,
                "This account may not log in.");
    }

    static DomainException noLoginInProgress() {
        return DomainException.refusal("no-login-in-progress", DomainException.Kind.UNAUTHENTICATED,
                "Log in with your username and password first.");
    }

    static final class WeakPassword extends DomainException {
        private final List<String> reasons;

        WeakPassword(List<String> reasons) {
            super("weak-password", Kind.INVALID, "The new password does not meet the password policy.");
            this.reasons = List.copyOf(reasons);
        }

        List<String> reasons() {
            return reasons;
        }
    }

    static final class SecondFactorAlreadyEnrolled extends DomainException {
        SecondFactorAlreadyEnrolled() {
            super("second-factor-already-enrolled", Kind.CONFLICT,
                    "A second factor is already enrolled; an administrator can reset it.");
        }
    }

    static DomainException noEnrolmentInProgress() {
        return DomainException.refusal("no-enrolment-in-progress", DomainException.Kind.CONFLICT,
                "Start the enrolment first.");
    }

    static DomainException accountNotFound() {
        return DomainException.refusal("account-not-found", DomainException.Kind.NOT_FOUND, "No such account.");
    }

    static DomainException memberNotFound() {
        return DomainException.refusal("member-not-found", DomainException.Kind.NOT_FOUND, "No such member.");
    }

    static DomainException unitNotFound() {
        return DomainException.refusal("unit-not-found", DomainException.Kind.NOT_FOUND, "No such organisation unit.");
    }

    static DomainException memberHasAccount() {
        return DomainException.refusal("member-has-account", DomainException.Kind.CONFLICT,
                "This member already has an account (one account per member).", Rule.R6);
    }

    static DomainException usernameTaken() {
        return DomainException.refusal("username-taken", DomainException.Kind.CONFLICT,
                "Another account already has this username.");
    }

    static DomainException invalidUsername() {
        return DomainException.refusal("invalid-username", DomainException.Kind.INVALID,
                    "A username is 3 to 64 characters: lower-case letters, digits, '.', '-' or '_'.");
    }

    static final class RoleNotForUnit extends DomainException {
        RoleNotForUnit(String message) {
            super("role-not-for-unit", Kind.INVALID, message);
        }
    }

    static final class InvalidRequest extends DomainException {
        InvalidRequest(String message) {
            super("invalid-request", Kind.INVALID, message);
        }
    }
}
