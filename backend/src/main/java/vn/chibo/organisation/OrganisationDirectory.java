package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask the organisation module. */
public interface OrganisationDirectory {

    Optional<UnitView> unit(UUID unitId);

    Optional<MemberView> member(UUID memberId);

    Optional<MemberView> memberByCardNumber(String cardNumber);

    /** Whether {@code unitId} is {@code ancestorId} or lies below it in today's tree. */
    boolean isWithin(UUID unitId, UUID ancestorId);

    /** Who belonged to the cell (or party group) on that date — the base of every attendance denominator. */
    List<MemberView> membersOn(UUID unitId, LocalDate date);

    /**
     * Who belonged to the cell (or party group) on that date, each with the flags active that day (exempt,
     * suspended, transferred out) — the base of the R2 "more than half" count.
     */
    default List<MemberStanding> standingsOn(UUID unitId, LocalDate date) {
        return membersOn(unitId, date).stream().map(m -> new MemberStanding(m, false, false, false)).toList();
    }

    /** The unit and every live unit below it in today's tree (the unit first); empty for an unknown unit. */
    default List<UnitView> unitsWithin(UUID unitId) {
        return unit(unitId).map(List::of).orElse(List.of());
    }

    /** The live party groups of a cell, with their leaders (R24). */
    default List<PartyGroupView> partyGroups(UUID cellId) {
        return List.of();
    }
}
