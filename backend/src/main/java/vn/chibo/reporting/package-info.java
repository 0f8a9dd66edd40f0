/**
 * Reporting: the upper committee's view across its subtree — meetings held against those required, attendance
 * rates, members with unexcused absences, minutes adopted on time, online pilot figures and the annual evaluation
 * export — kept current from events in summary tables.
 * <p>
 * Listens to {@code MeetingEnded}, {@code MeetingCancelled}, {@code MinutesAdopted}, {@code ScheduleWarningRaised}
 * (meeting) and {@code RollChanged} (attendance); reads {@code Meetings}, {@code AttendanceRecords#rollOf} and the
 * {@code OrganisationDirectory}. Publishes nothing; no other module calls it. Schema {@code reporting}: {@code unit},
 * {@code member}, {@code meeting_fact}, {@code attendance_fact} (partitioned by year), {@code cell_month},
 * {@code unexcused_month}, {@code schedule_warning}. REST under {@code /api/reporting}. No Redis keys. Details:
 * docs/reporting.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package vn.chibo.reporting;
