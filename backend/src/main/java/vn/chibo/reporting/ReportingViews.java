package vn.chibo.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the reviewer's screens and exports show (JSON as is). */
final class ReportingViews {

    private ReportingViews() {
    }

    /** R12: present / counted, rounded half-up to two decimals; null when nobody was counted. */
    static BigDecimal rate(long present, long counted) {
        return counted == 0 ? null : BigDecimal.valueOf(present * 100).divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
    }

    static Boolean meets(long present, long counted, int thresholdPercent) {
        return counted == 0 ? null : present * 100 >= (long) thresholdPercent * counted;
    }

    /** The figures of one (cell, month); zeros for a month without a held meeting. */
    record Figures(int regularHeld, int thematicHeld, int groupMeetings, int shortMeetings, int heldMinutes,
            int onlineMeetings, int hybridMeetings, int minutesAdopted, int minutesOnTime, int counted, int present,
            int presentOnline, int presentInPerson, int absentWithReason, int absentWithoutReason, int exempt) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * One heatmap cell. {@code regularMissing}: the month is over and no regular meeting was held (R20);
     * {@code warned}: the meeting module raised an R19/R20 warning for it (late, missing or short).
     */
    record MonthFigure(int month, Figures figures, BigDecimal ratePercent, Boolean meetsThreshold, boolean over,
            boolean regularMissing, List<String> warnings) {
    }

    record QuarterFigure(int quarter, int thematicHeld, boolean over, boolean thematicMissing) {
    }

    record CellRow(UUID cellId, String code, String name, List<MonthFigure> months, List<QuarterFigure> quarters,
            int regularHeld, int regularRequired, int thematicHeld, int shortMeetings, BigDecimal ratePercent) {
    }

    /** R3: the online pilot's figures over the subtree and year. */
    record Pilot(int onlineMeetings, int hybridMeetings, long presentOnline, long presentInPerson) {
    }

    record Dashboard(UUID unitId, String unitName, String unitKind, int year, int thresholdPercent, List<CellRow> cells,
            Pilot pilot, int minutesAdopted, int minutesOnTime, int regularHeld) {
    }

    record MeetingRef(UUID meetingId, String title, Instant startsAt) {
    }

    /** One month of unexcused absence; {@code cellId} and the meetings are left out when the month lies outside the subtree. */
    record UnexcusedMonth(int month, UUID cellId, String cellName, boolean outside, List<MeetingRef> meetings) {
    }

    /** R11: at 2 months the cell committee is warned; at 3 the Charter's removal procedure is flagged, never applied. */
    record UnexcusedMember(UUID memberId, String fullName, int months, String level, boolean removalProcedure,
            List<UnexcusedMonth> detail) {
    }

    record MeetingRow(UUID meetingId, UUID unitId, boolean partyGroup, String title, String kind, String mode,
            boolean onlinePilot, boolean cancelled, Instant startsAt, Instant startedAt, Instant endedAt,
            Integer heldMinutes, int requiredMinutes, boolean shortMeeting, Instant minutesAdoptedAt,
            Boolean minutesOnTime, int counted, int present, BigDecimal ratePercent, Boolean meetsThreshold) {
    }

    record RollLine(UUID memberId, String fullName, boolean guest, String status) {
    }

    record MeetingRoll(MeetingRow meeting, UUID cellId, List<RollLine> lines) {
    }

    record MemberMeeting(UUID meetingId, UUID cellId, String cellName, String title, Instant startsAt, String status) {
    }

    record MemberYear(UUID memberId, String fullName, int year, int unexcusedMonths, String level,
            List<MemberMeeting> meetings) {
    }

    /** R26: one member's year, for the annual classification. */
    record MemberEvaluation(UUID memberId, String fullName, String cellName, int meetings, int present,
            int absentWithReason, int absentWithoutReason, int unexcusedMonths, BigDecimal ratePercent,
            boolean excluded, String exclusion) {
    }

    /** R26: one cell's year. */
    record CellEvaluation(UUID cellId, String code, String name, int regularHeld, int regularRequired, int thematicHeld,
            int thematicRequired, int shortMeetings, int counted, int present, BigDecimal ratePercent,
            int monthsBelowThreshold, int minutesAdopted, int minutesOnTime, int onlineMeetings, int hybridMeetings) {
    }
}
