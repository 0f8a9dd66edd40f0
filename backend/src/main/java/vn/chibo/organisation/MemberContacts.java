package vn.chibo.organisation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** How to reach a member outside the application: today only e-mail, which a member may not have. */
public interface MemberContacts {

    Optional<String> email(UUID memberId);

    /** The addresses of those members that have one; members without an address are left out. */
    Map<UUID, String> emails(Collection<UUID> memberIds);
}
