/**
 * Organisation: the party tree (city/district committee → grassroots organisation → cell → party group),
 * the members with their status, flags and history of belonging, and the online-meeting authorisations an
 * organisation holds. Answers "who belonged to cell X on date D", which every attendance denominator needs.
 * <p>
 * Tables (schema {@code organisation}): {@code unit} with a materialised {@code path} of ids (subtree = one
 * prefix scan), {@code unit_history} (one row per named, placed period), {@code member}, {@code membership}
 * (cell and group over time, {@code valid_to} exclusive), {@code member_flag} (exempt, suspended,
 * transferred), {@code import_preview} (parsed import rows waiting for their commit). Publishes
 * {@link vn.chibo.organisation.MembersRegistered}; every read of a member record and every change goes
 * through the shared {@code Auditor}. No Redis keys.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package vn.chibo.organisation;
