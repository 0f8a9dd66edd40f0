package vn.chibo.meeting.notice;

/** What a notice is about; the web client picks its icon and the mail its subject line by it. */
public enum NoticeKind {
    INVITATION,
    CHANGE,
    CANCELLATION,
    POSTPONEMENT,
    REMINDER,
    /** R21: a document was published later than the lead time. */
    DOCUMENT_LATE,
    /** R19/R20 and similar warnings of the daily schedule check. */
    SCHEDULE_WARNING,
    /** A warning another module raised for a cell's officers (vn.chibo.shared.alert), e.g. R11 absences. */
    CELL_ALERT,
    /** R21: the meeting's minutes were adopted, signed and published to the members. */
    MINUTES_PUBLISHED
}
