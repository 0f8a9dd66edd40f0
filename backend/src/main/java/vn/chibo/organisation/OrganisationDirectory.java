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
}
