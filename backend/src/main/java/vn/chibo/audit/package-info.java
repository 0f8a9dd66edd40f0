/**
 * Audit: the append-only, hash-chained record of who did what to which object, when and from where,
 * built from the {@code AuditEvent}s every module publishes through the shared {@code Auditor}; verifies the
 * chain and names the first broken link (over HTTP and as {@code java -jar chibo.jar --chibo.audit.verify}).
 * Owns the PostgreSQL schema {@code audit} (migrations V30–V39): {@code audit.entry}, guarded by append-only
 * triggers, and {@code audit.entry_unit}. Appends on every node are serialised by one advisory lock.
 * The canonical form, verification and threats are specified in docs/audit.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.chibo.audit;
