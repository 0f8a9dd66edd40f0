package vn.chibo.meeting;

/** Sinh hoạt thường kỳ, chuyên đề, bất thường, đại hội chi bộ. */
public enum MeetingKind {
    REGULAR,
    THEMATIC,
    /** A regular meeting combined with a thematic one (R19: at least 120 minutes). */
    REGULAR_AND_THEMATIC,
    EXTRAORDINARY,
    CONGRESS
}
