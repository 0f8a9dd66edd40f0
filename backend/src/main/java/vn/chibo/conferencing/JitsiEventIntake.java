package vn.chibo.conferencing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.conferencing.JdbcJitsiIntervals.Interval;
import vn.chibo.conferencing.JdbcJitsiIntervals.Place;
import vn.chibo.conferencing.JitsiPresenceChanged.Closure;
import vn.chibo.organisation.OrganisationDirectory;

/**
 * Turns event_sync webhooks into stored events, intervals and attendance facts, in one transaction: the event
 * is stored under its natural key (a duplicate stops here), its room is looked up (an unknown room is an
 * anomaly), each occupant is resolved by {@code occupant.id} to one of our members (anything else is an
 * anomaly), intervals are upserted order-tolerantly, and every interval that changed is published as
 * {@link JitsiPresenceChanged} — all before Jitsi gets its 2xx.
 */
@Service
class JitsiEventIntake {

    enum Outcome { ACCEPTED, DUPLICATE, UNKNOWN_ROOM }

    private final JsonMapper json;
    private final JdbcVideoRooms rooms;
    private final JdbcJitsiEvents events;
    private final JdbcJitsiIntervals intervals;
    private final OrganisationDirectory directory;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    JitsiEventIntake(JsonMapper json, JdbcVideoRooms rooms, JdbcJitsiEvents events, JdbcJitsiIntervals intervals,
            OrganisationDirectory directory, ApplicationEventPublisher publisher, Clock clock) {
        this.json = json;
        this.rooms = rooms;
        this.events = events;
        this.intervals = intervals;
        this.directory = directory;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    Outcome accept(SyncEvent.Kind kind, String body) {
        SyncEvent event;
        try {
            event = SyncEvent.parse(kind, json.readTree(body), body);
        } catch (tools.jackson.core.JacksonException e) {
            throw new SyncEvent.Malformed("not JSON");
        }
        var now = clock.instant();
        var meeting = rooms.meetingOf(event.roomName()).orElse(null);
        if (!events.store(event, meeting, body, now)) {
            return Outcome.DUPLICATE;
        }
        if (meeting == null) {
            events.unknownRoom(event, now);
            return Outcome.UNKNOWN_ROOM;
        }
        var place = new Place(meeting, event.roomName(), event.breakoutRoomId());
        var changed = new ArrayList<Interval>();
        switch (kind) {
            case ROOM_CREATED -> {
            }
            case OCCUPANT_JOINED -> member(event, place, event.occupant()).ifPresent(member -> {
                var joinedAt = event.occupant().joinedAt() == null ? now : event.occupant().joinedAt();
                intervals.joined(place, member, event.occupant().occupantJid(), joinedAt).ifPresent(changed::add);
            });
            case OCCUPANT_LEFT -> member(event, place, event.occupant()).ifPresent(member -> {
                var leftAt = event.occupant().leftAt() == null ? now : event.occupant().leftAt();
                intervals.closed(place, member, event.occupant().occupantJid(), event.occupant().joinedAt(), leftAt,
                        Closure.LEFT).ifPresent(changed::add);
            });
            case ROOM_DESTROYED -> changed.addAll(destroyed(event, place));
        }
        changed.forEach(interval -> publisher.publishEvent(interval.changed(event.key())));
        return Outcome.ACCEPTED;
    }

    /**
     * Prosody's own record of the room instance closes what it knows; whatever is still open in that instance
     * (lost `left`s) closes at the destruction time.
     */
    private List<Interval> destroyed(SyncEvent event, Place place) {
        var destroyedAt = event.destroyedAt() == null ? clock.instant() : event.destroyedAt();
        var changed = new ArrayList<Interval>();
        for (var occupant : event.allOccupants()) {
            member(event, place, occupant).ifPresent(member -> {
                var left = occupant.leftAt() == null ? destroyedAt : occupant.leftAt();
                var joined = occupant.joinedAt() == null ? event.createdAt() : occupant.joinedAt();
                intervals.closed(place, member, occupant.occupantJid(), joined, left,
                        occupant.leftAt() == null ? Closure.ROOM_DESTROYED : Closure.LEFT).ifPresent(changed::add);
            });
        }
        changed.addAll(intervals.closeRoom(place.room(), place.breakout(), event.createdAt(), destroyedAt));
        return changed;
    }

    /** Our member behind {@code occupant.id}; never the name or e-mail, which the token merely echoes. */
    private Optional<UUID> member(SyncEvent event, Place place, SyncEvent.Occupant occupant) {
        if (occupant == null || occupant.occupantJid() == null) {
            return Optional.empty();
        }
        var id = uuid(occupant.id());
        if (id.isPresent() && directory.member(id.get()).isPresent()) {
            return id;
        }
        events.unknownOccupant(event, place.meeting(), occupant, clock.instant());
        return Optional.empty();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
