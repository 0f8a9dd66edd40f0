/**
 * Identity: accounts (each bound to exactly one member, R6), login with password and second factor, roles
 * held on an organisation node and scoped to its subtree, HTTP sessions in Redis, and the web security
 * configuration that denies every request not explicitly allowed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package vn.chibo.identity;
