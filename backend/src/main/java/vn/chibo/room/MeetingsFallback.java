package vn.chibo.room;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import vn.chibo.meeting.AgendaItemSummary;
import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingLifecycle;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.shared.security.Actor;

/**
 * Lets the application start while the meeting module has no implementation yet: no meeting exists, so every
 * room frame is refused. Auto-configured, so it steps aside as soon as the meeting module provides its beans.
 */
@AutoConfiguration
class MeetingsFallback {

    @Bean
    @ConditionalOnMissingBean(Meetings.class)
    Meetings noMeetings() {
        LoggerFactory.getLogger(MeetingsFallback.class).warn("No meeting module: every live room is refused");
        return new Meetings() {
            @Override
            public Optional<MeetingSummary> find(MeetingId id) {
                return Optional.empty();
            }

            @Override
            public List<MeetingSummary> of(Collection<UUID> unitIds, Instant from, Instant to) {
                return List.of();
            }

            @Override
            public boolean mayView(Actor actor, MeetingId id) {
                return false;
            }

            @Override
            public boolean mayManage(Actor actor, MeetingId id) {
                return false;
            }

            @Override
            public List<AgendaItemSummary> agenda(MeetingId id) {
                return List.of();
            }

            @Override
            public List<UUID> guests(MeetingId id) {
                return List.of();
            }

            @Override
            public boolean recordingEnabled(MeetingId id) {
                return false;
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean(MeetingLifecycle.class)
    MeetingLifecycle noMeetingLifecycle() {
        return new MeetingLifecycle() {
            @Override
            public MeetingSummary open(MeetingId id, Actor actor) {
                throw RoomRefusal.meetingNotFound();
            }

            @Override
            public MeetingSummary start(MeetingId id, Actor actor) {
                throw RoomRefusal.meetingNotFound();
            }

            @Override
            public MeetingSummary end(MeetingId id, Actor actor) {
                throw RoomRefusal.meetingNotFound();
            }

            @Override
            public MeetingSummary minutesAdopted(MeetingId id, Actor actor) {
                throw RoomRefusal.meetingNotFound();
            }

            @Override
            public MeetingSummary setRecording(MeetingId id, boolean enabled, Actor actor) {
                throw RoomRefusal.meetingNotFound();
            }
        };
    }
}
