/**
 * Attendance: the ledger of join/leave facts from every source (room presence, Jitsi webhooks, the
 * secretary's entries) merged into per-member intervals, the roll call with its statuses, and rates.
 * Kept forever.
 * <p>
 * API: {@link vn.chibo.attendance.AttendanceRecords} (rollOf, presentAt, groupRollsOf) with
 * {@link vn.chibo.attendance.Roll} and {@link vn.chibo.attendance.RollStatus}. Schema {@code attendance}:
 * {@code presence_fact} (every fact once, by key), {@code roll_entry} (the draft roll), {@code roll_confirmation}
 * and {@code roll_line} (the chair's snapshot, append-only), {@code roll_correction} (appended corrections).
 * No Redis keys. Details: docs/attendance.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package vn.chibo.attendance;
