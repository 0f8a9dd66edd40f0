package vn.chibo.conferencing;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a member's e-mail comes from, for the video token's {@code context.user.email} (Jitsi shows it to no
 * one but uses it for avatars). Optional: another module may provide a bean; without one tokens carry no
 * e-mail.
 */
public interface MemberEmails {

    Optional<String> emailOf(UUID memberId);
}
