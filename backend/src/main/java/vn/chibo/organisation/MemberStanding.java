package vn.chibo.organisation;

/** A member of a cell or group on a date, with the flags active that day. */
public record MemberStanding(MemberView member, boolean exempt, boolean suspended, boolean transferredOut) {

    /** R2: exempt and suspended members are left out of the "more than half" count. */
    public boolean countsForInPersonTest() {
        return !exempt && !suspended;
    }
}
