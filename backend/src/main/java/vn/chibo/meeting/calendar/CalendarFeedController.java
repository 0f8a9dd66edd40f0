package vn.chibo.meeting.calendar;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.shared.security.CurrentActor;

/** The actor's feed URL (shown once when issued), and the public feed behind it. */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeeds feeds;
    private final CurrentActor currentActor;

    CalendarFeedController(CalendarFeeds feeds, CurrentActor currentActor) {
        this.feeds = feeds;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/calendar-feed")
    CalendarFeeds.FeedStatus status() {
        return feeds.status(currentActor.require());
    }

    @PostMapping("/api/calendar-feed")
    @ResponseStatus(HttpStatus.CREATED)
    CalendarFeeds.FeedStatus issue() {
        return feeds.issue(currentActor.require());
    }

    @DeleteMapping("/api/calendar-feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke() {
        feeds.revoke(currentActor.require());
    }

    /** Public: calendar apps fetch it without a session; the token is the only key. */
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(feeds.render(token));
    }
}
