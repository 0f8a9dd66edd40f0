/**
 * Identity: accounts (each bound to exactly one member, R6), login with password and second factor, roles
 * held on an organisation node and scoped to its subtree, HTTP sessions in Redis, and the web security
 * configuration that denies every request not explicitly allowed.
 *
 * <p>Redis keys (under {@code REDIS_KEY_PREFIX}):
 * <ul>
 * <li>{@code session:sessions:<id>}, {@code session:sessions:expires:<id>}, {@code session:expirations:<minute>},
 * {@code session:index:…PRINCIPAL_NAME_INDEX_NAME:<accountId>} — Spring Session's indexed repository; sessions
 * are indexed by account id so that every session of an account can be ended on every node;</li>
 * <li>{@code identity:login-failures:account:<accountId>} and {@code identity:login-failures:address:<address>} —
 * runs of failed logins, expiring a throttle window after the last failure ({@link vn.chibo.identity.LoginThrottle}).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package vn.chibo.identity;
