package vn.chibo.identity;

import java.time.Duration;
import java.util.List;

import vn.chibo.shared.DomainException;
import vn.chibo.shared.Rule;

/** The identity module's refusals, each with the stable code docs/access.md promises. */
final class Refusals {

    private Refusals() {
    }

    static final class BadCredentials extends DomainException {
        BadCredentials() {
            super("bad-credentials", Kind.UNAUTHENTICATED, "Wrong username or password.");
        }
    }

    static final class BadSecondFactor extends DomainException {
        BadSecondFactor() {
            super("bad-second-factor", Kind.UNAUTHENTICATED, "The code is wrong, expired or already used.");
        }

        @Override
        public Rule rule() {
            return Rule.R6;
        }
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

    static final class LoginDisabled extends DomainException {
        LoginDisabled() {
            super("login-disabled", Kind.FORBIDDEN, "This account may not log in.");
        }
    }

    static final class NoLoginInProgress extends DomainException {
        NoLoginInProgress() {
            super("no-login-in-progress", Kind.UNAUTHENTICATED, "Log in with your username and password first.");
        }
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

    static final class NoEnrolmentInProgress extends DomainException {
        NoEnrolmentInProgress() {
            super("no-enrolment-in-progress", Kind.CONFLICT, "Start the enrolment first.");
        }
    }

    static final class AccountNotFound extends DomainException {
        AccountNotFound() {
            super("account-not-found", Kind.NOT_FOUND, "No such account.");
        }
    }

    static final class MemberNotFound extends DomainException {
        MemberNotFound() {
            super("member-not-found", Kind.NOT_FOUND, "No such member.");
        }
    }

    static final class UnitNotFound extends DomainException {
        UnitNotFound() {
            super("unit-not-found", Kind.NOT_FOUND, "No such organisation unit.");
        }
    }

    static final class MemberHasAccount extends DomainException {
        MemberHasAccount() {
            super("member-has-account", Kind.CONFLICT, "This member already has an account (one account per member).");
        }

        @Override
        public Rule rule() {
            return Rule.R6;
        }
    }

    static final class UsernameTaken extends DomainException {
        UsernameTaken() {
            super("username-taken", Kind.CONFLICT, "Another account already has this username.");
        }
    }

    static final class InvalidUsername extends DomainException {
        InvalidUsername() {
            super("invalid-username", Kind.INVALID,
                    "A username is 3 to 64 characters: lower-case letters, digits, '.', '-' or '_'.");
        }
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
