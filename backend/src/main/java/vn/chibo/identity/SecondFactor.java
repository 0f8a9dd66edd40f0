package vn.chibo.identity;

import java.util.UUID;

/**
 * A fresh proof of the second factor for an act that needs more than the session, e.g. signing minutes: the member's
 * own account must have a one-time-code authenticator enrolled and the code must be current and not used before
 * (a code spent at login or on an earlier signature is refused, on every node).
 */
public interface SecondFactor {

    /** Whether {@code code} is a current, unused one-time code of the account bound to {@code memberId}. */
    boolean verify(UUID memberId, String code);
}
