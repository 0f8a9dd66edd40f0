package vn.chibo.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An upper committee's permission for a unit (and so every cell below it) to meet online or hybrid (R1–R3). */
record OnlineAuthorisation(UUID id, UUID unitId, String referenceNumber, LocalDate issuedOn, String issuer,
        LocalDate validFrom, LocalDate validTo, ReasonCategory reasonCategory, String reasonNote,
        List<UUID> unableMemberIds, int countedMembers, boolean moreThanHalf, Instant revokedAt, String revokedReason,
        String recordedBy, Instant recordedAt) {

    enum ReasonCategory { DISPERSED_WORK, IRREGULAR_PRESENCE, CANNOT_LEAVE_POST, SPECIAL_CIRCUMSTANCES }

    OnlineAuthorisation {
        unableMemberIds = List.copyOf(unableMemberIds);
    }

    boolean validOn(LocalDate date) {
        return revokedAt == null && !validFrom.isAfter(date) && !validTo.isBefore(date);
    }
}
