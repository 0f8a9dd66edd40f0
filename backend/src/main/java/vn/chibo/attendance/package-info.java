/**
 * Attendance: the ledger of join/leave facts from every source (room presence, Jitsi webhooks, the
 * secretary's entries) merged into per-member intervals, the roll call with its statuses, and rates.
 * Kept forever.
 * <p>
 * API: {@link vn.chibo.attendance.AttendanceRecords} (rollOf, presentAt, groupRollsOf, unexcusedMonths) with
 * {@link vn.chibo.attendance.Roll}, {@link vn.chibo.attendance.RollStatus} and
 * {@link vn.chibo.attendance.UnexcusedAbsences}; event {@link vn.chibo.attendance.AbsenceWarningRaised} (R11), and
 * {@code vn.chibo.shared.alert.CellAlertRaised} for the meeting module's notices. Schema {@code attendance}:
 * {@code presence_fact} (every fact once, by key), {@code roll_entry} (the draft roll), {@code roll_confirmation}
 * and {@code roll_line} (the chair's snapshot, append-only), {@code roll_correction} (appended corrections),
 * {@code absence_warning} (R11 warnings raised, once per member, year and level).
 * No Redis keys. Details: docs/attendance.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package vn.chibo.attendance;
