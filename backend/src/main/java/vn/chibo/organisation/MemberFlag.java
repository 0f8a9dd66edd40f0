package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.UUID;

/** Exempt, suspended or temporarily transferred for a period ({@code to} inclusive, null while open). */
record MemberFlag(UUID id, UUID memberId, Kind kind, LocalDate from, LocalDate to, UUID otherUnitId, String note) {

    enum Kind { EXEMPT, SUSPENDED, TRANSFERRED_OUT, TRANSFERRED_IN }

    boolean activeOn(LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }
}
