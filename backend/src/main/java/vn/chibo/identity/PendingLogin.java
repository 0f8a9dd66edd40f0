package vn.chibo.identity;

import java.io.Serializable;
import java.util.UUID;

/**
 * A login half-way (password right, something still to do), kept in the session. It is not an
 * authentication: nothing but the login steps accepts it.
 */
record PendingLogin(UUID accountId, String username, boolean secondFactorPassed, LoginStatus status)
        implements Serializable {

    static final String ATTRIBUTE = "chibo.identity.pending-login";
}
