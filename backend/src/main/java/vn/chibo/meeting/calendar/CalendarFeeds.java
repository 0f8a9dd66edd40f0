package vn.chibo.meeting.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.meeting.notice.NoticeProperties;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.DomainException;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.security.Actor;

/**
 * Personal calendar feeds. The URL carries a random 256-bit token; only its SHA-256 is stored, so the URL is
 * shown once, when issued. Re-issuing replaces the token (the old URL stops working), revoking deletes it.
 */
@Service
class CalendarFeeds {

    /** How far back and ahead the feed reaches. */
    static final Duration PAST = Duration.ofDays(62);
    static final Duration AHEAD = Duration.ofDays(400);

    private final SecureRandom random = new SecureRandom();
    private final JdbcCalendarFeeds feeds;
    private final Meetings meetings;
    private final OrganisationDirectory directory;
    private final NoticeProperties properties;
    private final Auditor auditor;
    private final Clock clock;

    CalendarFeeds(JdbcCalendarFeeds feeds, Meetings meetings, OrganisationDirectory directory,
            NoticeProperties properties, Auditor auditor, Clock clock) {
        this.feeds = feeds;
        this.meetings = meetings;
        this.directory = directory;
        this.properties = properties;
        this.auditor = auditor;
        this.clock = clock;
    }

    record FeedStatus(boolean active, Instant issuedAt, String url) {
    }

    @Transactional(readOnly = true)
    FeedStatus status(Actor actor) {
        var issued = feeds.issuedAt(memberId(actor));
        return new FeedStatus(issued.isPresent(), issued.orElse(null), null);
    }

    @Transactional
    FeedStatus issue(Actor actor) {
        var memberId = memberId(actor);
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        feeds.issue(memberId, hash(token), now);
        auditor.record("calendar-feed-issued", "member", memberId, null, java.util.Map.of());
        return new FeedStatus(true, now, properties.baseUrl() + "/calendar/" + token + ".ics");
    }

    @Transactional
    void revoke(Actor actor) {
        var memberId = memberId(actor);
        if (feeds.revoke(memberId)) {
            auditor.record("calendar-feed-revoked", "member", memberId, null, java.util.Map.of());
        }
    }

    /** The feed behind a token; unknown and revoked tokens look the same. */
    @Transactional(readOnly = true)
    String render(String token) {
        var memberId = feeds.memberByTokenHash(hash(token)).orElseThrow(FeedNotFound::new);
        var member = directory.member(memberId).orElseThrow(FeedNotFound::new);
        var units = new ArrayList<UUID>();
        if (member.cellId() != null) {
            units.add(member.cellId());
        }
        if (member.groupId() != null) {
            units.add(member.groupId());
        }
        var now = clock.instant();
        var list = units.isEmpty() ? java.util.List.<MeetingSummary>of()
                : meetings.of(units, now.minus(PAST), now.plus(AHEAD)).stream()
                        .filter(m -> m.state() != MeetingState.DRAFT)
                        .filter(m -> m.unitId().equals(member.cellId()) || m.unitId().equals(member.groupId()))
                        .toList();
        var versions = feeds.versions(list.stream().map(m -> m.id().value()).toList());
        return IcsCalendar.render("Lịch sinh hoạt chi bộ – " + member.fullName(), list, versions, properties.baseUrl(), now);
    }

    private static UUID memberId(Actor actor) {
        if (actor.memberId() == null) {
            throw new FeedNotFound();
        }
        return actor.memberId();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class FeedNotFound extends DomainException {
        FeedNotFound() {
            super("calendar-feed-not-found", Kind.NOT_FOUND, "Không tìm thấy lịch này; đường dẫn có thể đã bị thu hồi.");
        }
    }
}
