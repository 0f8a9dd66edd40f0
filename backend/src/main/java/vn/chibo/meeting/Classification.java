package vn.chibo.meeting;

/** How widely an agenda item or document may travel; SECRET items stay out of online-only meetings (R4). */
public enum Classification {
    PUBLIC,
    INTERNAL,
    SECRET
}
