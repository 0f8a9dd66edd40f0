/**
 * Reporting: the upper committee's view across its subtree — meetings held against those required,
 * attendance rates, members with unexcused absences, minutes adopted on time, online pilot figures and the
 * annual evaluation export — kept current from events in summary tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package vn.chibo.reporting;
