package vn.chibo.meeting.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.shared.security.CurrentActor;

/** The actor's own in-app notices (docs/meetings-documents-notices.md). */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private static final int PAGE = 100;

    private final JdbcNotifications notifications;
    private final CurrentActor currentActor;
    private final Clock clock;

    NotificationController(JdbcNotifications notifications, CurrentActor currentActor, Clock clock) {
        this.notifications = notifications;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record NotificationResource(UUID id, String kind, UUID meetingId, String title, String body, Instant createdAt,
            Instant readAt) {
    }

    record NotificationList(List<NotificationResource> items, long unread) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    NotificationList list(@RequestParam(defaultValue = "false") boolean unread) {
        var memberId = memberId();
        var items = notifications.ofMember(memberId, unread, PAGE).stream()
                .map(r -> new NotificationResource(r.id(), r.kind().name(), r.meetingId(), r.title(), r.body(),
                        r.createdAt(), r.readAt()))
                .toList();
        return new NotificationList(items, notifications.unreadCount(memberId));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void read(@PathVariable UUID id) {
        if (!notifications.markRead(memberId(), id, clock.instant())) {
            throw NoticeRefusals.notificationNotFound();
        }
    }

    @PostMapping("/read-all")
    @Transactional
    Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead(memberId(), clock.instant()));
    }

    private UUID memberId() {
        var actor = currentActor.require();
        if (actor.memberId() == null) {
            throw NoticeRefusals.noMemberRecord();
        }
        return actor.memberId();
    }
}
