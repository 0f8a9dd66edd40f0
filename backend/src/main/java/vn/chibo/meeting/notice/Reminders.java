package vn.chibo.meeting.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.Meetings;

/**
 * Reminds members of meetings that are about to start (by default 1 day and 1 hour before). Every node runs
 * the job; a row in {@code meeting.reminder_claim} per meeting, reminder and member makes sure each reminder
 * goes out once: only the node whose insert succeeds sends it. A meeting scheduled at short notice gets the
 * nearest reminder only, not every one it has already passed.
 */
@Component
class Reminders {

    private static final String DUE = """
            select id from meeting.meeting
             where state in ('SCHEDULED', 'OPEN') and starts_at > :now and starts_at <= :until
             order by starts_at
            """;

    private static final String CLAIM = """
            insert into meeting.reminder_claim (meeting_id, kind, member_id, claimed_at)
            select :meetingId, :kind, m, :at from unnest(cast(:members as uuid[])) as m
            on conflict do nothing
            returning member_id
            """;

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Recipients recipients;
    private final Notices notices;
    private final NoticeProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reminders(JdbcClient jdbc, Meetings meetings, Recipients recipients, Notices notices, NoticeProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.recipients = recipients;
        this.notices = notices;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chibo.meeting.notices.reminder-interval-ms:60000}",
            initialDelayString = "${chibo.meeting.notices.reminder-interval-ms:60000}")
    void scheduledPass() {
        remindDue();
    }

    /** Sends the reminders now due; returns how many notices were stored. */
    int remindDue() {
        var offsets = properties.reminders().stream().sorted().toList();
        if (offsets.isEmpty()) {
            return 0;
        }
        var now = clock.instant();
        var ids = jdbc.sql(DUE).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(offsets.get(offsets.size() - 1)))).query(UUID.class).list();
        var sent = 0;
        for (var id : ids) {
            Integer count = transactions.execute(status -> remind(new MeetingId(id), offsets, now));
            sent += count == null ? 0 : count;
        }
        return sent;
    }

    private int remind(MeetingId id, List<Duration> offsets, Instant now) {
        var meeting = meetings.find(id).orElse(null);
        if (meeting == null) {
            return 0;
        }
        var remaining = Duration.between(now, meeting.startsAt());
        var kind = offsets.stream().filter(o -> o.compareTo(remaining) >= 0).min(Comparator.naturalOrder()).orElse(null);
        if (kind == null) {
            return 0;
        }
        var members = recipients.of(meeting).toArray(UUID[]::new);
        var claimed = jdbc.sql(CLAIM).param("meetingId", id.value()).param("kind", kind.toString())
                .param("members", members).param("at", Timestamp.from(now)).query(UUID.class).list();
        return notices.notify(claimed, NoticeKind.REMINDER, id, "Nhắc lịch: " + meeting.title(),
                NoticeTexts.reminder(meeting));
    }
}
