/**
 * Attendance: the ledger of join/leave facts from every source (room presence, Jitsi webhooks, the
 * secretary's entries) merged into per-member intervals, the roll call with its statuses, and rates.
 * Kept forever.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package vn.chibo.attendance;
