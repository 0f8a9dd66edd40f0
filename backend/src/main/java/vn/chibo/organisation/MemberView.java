package vn.chibo.organisation;

import java.util.UUID;

/** A member as other modules see them: identity, status and where they belong now. */
public record MemberView(UUID id, String cardNumber, String fullName, MemberStatus status, UUID cellId,
        UUID groupId) {
}
