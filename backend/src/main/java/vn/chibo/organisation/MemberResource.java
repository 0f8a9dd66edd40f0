package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A member as the API shows them (docs/access.md); lists leave {@code memberships} out. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
record MemberResource(UUID id, String cardNumber, String fullName, LocalDate dateOfBirth, LocalDate admissionDate,
        LocalDate officialDate, MemberStatus status, UUID cellId, String cellName, UUID groupId, String groupName,
        List<Flag> flags, List<Period> memberships, long version) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Flag(UUID id, MemberFlag.Kind kind, LocalDate from, LocalDate to, UUID otherUnitId, String otherUnitName,
            String note) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Period(UUID cellId, String cellName, UUID groupId, String groupName, LocalDate from, LocalDate to) {
    }

    record Page(List<MemberResource> items, long total, int page, int size) {
    }
}
