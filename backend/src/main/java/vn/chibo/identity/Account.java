package vn.chibo.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.Grant;

/**
 * An account, bound to exactly one member (R6). It may exist without login rights (imported members get one
 * that way). {@code totpSecret} is encrypted ({@link SecretCipher}); {@code unitId} is the member's cell when
 * the account was created or last administered, used only to narrow lists — authorisation always asks the
 * organisation directory.
 */
record Account(UUID id, UUID memberId, String username, String displayName, UUID unitId, String passwordHash,
        boolean loginEnabled, boolean mustChangePassword, int failedLogins, Instant lockedAt, String totpSecret,
        Instant totpEnrolledAt, Long totpLastStep, Instant lastLoginAt, List<Grant> grants) {

    Account {
        grants = List.copyOf(grants);
    }

    boolean locked() {
        return lockedAt != null;
    }

    boolean secondFactorEnrolled() {
        return totpEnrolledAt != null && totpSecret != null;
    }

    /** R6: a second factor is required as soon as the account holds a committee role. */
    boolean secondFactorRequired() {
        return grants.stream().anyMatch(g -> g.role().requiresSecondFactor());
    }

    Actor actor() {
        return new Actor(id, memberId, username, displayName, grants);
    }
}
