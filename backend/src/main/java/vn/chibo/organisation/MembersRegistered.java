package vn.chibo.organisation;

import java.util.List;
import java.util.UUID;

/**
 * New members entered the organisation (one by hand, or many from an import). The identity module gives each
 * an account without login rights.
 */
public record MembersRegistered(List<Registered> members) {

    public MembersRegistered {
        members = List.copyOf(members);
    }

    public record Registered(UUID memberId, String cardNumber, String fullName, UUID cellId) {
    }
}
