package vn.chibo.attendance;

/** A member's status in a meeting's roll call (R9). */
public enum RollStatus {
    PRESENT_IN_PERSON, PRESENT_ONLINE, ABSENT_WITH_REASON, ABSENT_WITHOUT_REASON, EXEMPT, TRANSFERRED, SUSPENDED;

    public boolean present() {
        return this == PRESENT_IN_PERSON || this == PRESENT_ONLINE;
    }
}
