package vn.chibo.meeting;

/** What an agenda item is about; R4 keeps the restricted ones out of online-only meetings. */
public enum AgendaItemType {
    INFORMATION,
    REPORT,
    DISCUSSION,
    RESOLUTION,
    PERSONNEL,
    ELECTION,
    DISCIPLINE,
    ADMISSION,
    OFFICIAL_RECOGNITION,
    ANNUAL_CLASSIFICATION,
    /** Kiểm tra, giám sát: never recorded (R8). */
    INSPECTION,
    OTHER
}
