package vn.chibo.meeting;

/** Where members meet: in a hall, online only, or both (R1: online and hybrid need an authorisation). */
public enum MeetingMode {
    IN_PERSON,
    ONLINE,
    HYBRID;

    public boolean usesVideo() {
        return this != IN_PERSON;
    }
}
