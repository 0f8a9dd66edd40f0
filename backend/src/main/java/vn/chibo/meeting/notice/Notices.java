package vn.chibo.meeting.notice;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.meeting.MeetingId;
import vn.chibo.organisation.MemberContacts;

/**
 * Leaves a notice for members: stored in the app at once and, for members with an e-mail address while a mail
 * server is configured, queued in the same row for the {@link MailOutbox}. Joins the caller's transaction, so
 * a notice exists exactly when the change it reports does.
 */
@Service
public class Notices {

    private final JdbcNotifications notifications;
    private final MemberContacts contacts;
    private final NoticeProperties properties;
    private final Clock clock;

    Notices(JdbcNotifications notifications, MemberContacts contacts, NoticeProperties properties, Clock clock) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.properties = properties;
        this.clock = clock;
    }

    /** One notice per distinct member; {@code meetingId} may be null. Returns how many were stored. */
    @Transactional
    public int notify(Collection<UUID> memberIds, NoticeKind kind, MeetingId meetingId, String title, String body) {
        var recipients = new LinkedHashSet<>(memberIds);
        recipients.remove(null);
        if (recipients.isEmpty()) {
            return 0;
        }
        var emails = properties.mail().enabled() ? contacts.emails(recipients) : java.util.Map.<UUID, String>of();
        var now = clock.instant();
        for (var memberId : recipients) {
            var email = emails.get(memberId);
            notifications.insert(new JdbcNotifications.Row(UUID.randomUUID(), memberId, kind,
                    meetingId == null ? null : meetingId.value(), title, body, now, null, email,
                    email == null ? "NONE" : "PENDING"));
        }
        return recipients.size();
    }
}
