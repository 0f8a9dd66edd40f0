package vn.chibo.conferencing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.chibo.meeting.AgendaItemSummary;
import vn.chibo.meeting.AgendaItemType;
import vn.chibo.meeting.Classification;
import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.MemberContacts;
import vn.chibo.organisation.MemberStatus;
import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.Role;
import vn.chibo.testing.MutableClock;

/**
 * Stand-ins for the meeting and organisation modules in conferencing's tests: meetings and members are put
 * in by each test (random ids, so tests sharing the context never meet), and a clock the tests move.
 */
@TestConfiguration(proxyBeanMethods = false)
class ConferencingDoubles {

    static final Instant NOW = Instant.parse("2026-12-03T12:45:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(NOW);
    }

    @Bean
    @Primary
    FakeMeetings fakeMeetings() {
        return new FakeMeetings();
    }

    @Bean
    @Primary
    FakeDirectory fakeDirectory() {
        return new FakeDirectory();
    }

    @Bean
    @Primary
    FakeContacts fakeContacts() {
        return new FakeContacts();
    }

    /** The e-mail addresses tests give their members; the others have none. */
    static final class FakeContacts implements MemberContacts {
        final Map<UUID, String> emails = new ConcurrentHashMap<>();

        @Override
        public Optional<String> email(UUID memberId) {
            return Optional.ofNullable(emails.get(memberId));
        }

        @Override
        public Map<UUID, String> emails(Collection<UUID> memberIds) {
            var found = new java.util.HashMap<UUID, String>();
            memberIds.forEach(id -> email(id).ifPresent(e -> found.put(id, e)));
            return found;
        }
    }

    static final class FakeDirectory implements OrganisationDirectory {
        final Map<UUID, MemberView> members = new ConcurrentHashMap<>();

        MemberView member(String name, UUID cellId, UUID groupId) {
            var member = new MemberView(UUID.randomUUID(), "T" + UUID.randomUUID().toString().substring(0, 8), name,
                    MemberStatus.OFFICIAL, cellId, groupId);
            members.put(member.id(), member);
            return member;
        }

        @Override
        public Optional<UnitView> unit(UUID unitId) {
            return Optional.empty();
        }

        @Override
        public Optional<MemberView> member(UUID memberId) {
            return Optional.ofNullable(members.get(memberId));
        }

        @Override
        public Optional<MemberView> memberByCardNumber(String cardNumber) {
            return members.values().stream().filter(m -> m.cardNumber().equals(cardNumber)).findFirst();
        }

        @Override
        public boolean isWithin(UUID unitId, UUID ancestorId) {
            return unitId.equals(ancestorId);
        }

        @Override
        public List<MemberView> membersOn(UUID unitId, LocalDate date) {
            return members.values().stream().filter(m -> unitId.equals(m.cellId()) || unitId.equals(m.groupId())).toList();
        }
    }

    /** mayView: members of the unit, guests, and REVIEWER/SECRETARY grants on the unit; mayManage: chair and SECRETARY. */
    static final class FakeMeetings implements Meetings {
        final Map<MeetingId, MeetingSummary> meetings = new ConcurrentHashMap<>();
        final Map<MeetingId, List<UUID>> guests = new ConcurrentHashMap<>();
        final Map<MeetingId, List<AgendaItemSummary>> agendas = new ConcurrentHashMap<>();
        final Set<MeetingId> recording = ConcurrentHashMap.newKeySet();
        FakeDirectory directory;

        MeetingSummary meeting(UUID cellId, UUID unitId, MeetingMode mode, MeetingState state, UUID chair,
                UUID minuteTaker, String videoRoom) {
            var id = MeetingId.random();
            var summary = new MeetingSummary(id, unitId, cellId, MeetingKind.REGULAR, mode, state,
                    "Sinh hoạt chi bộ thường kỳ tháng 12/2026", NOW.minus(Duration.ofMinutes(15)),
                    NOW.plus(Duration.ofMinutes(105)), null, null, chair, minuteTaker, null, videoRoom, true);
            meetings.put(id, summary);
            return summary;
        }

        MeetingSummary put(MeetingSummary summary) {
            meetings.put(summary.id(), summary);
            return summary;
        }

        void inspectionItem(MeetingId id) {
            agendas.computeIfAbsent(id, k -> new ArrayList<>()).add(new AgendaItemSummary(UUID.randomUUID(), id, 1,
                    "Kiểm tra, giám sát", AgendaItemType.INSPECTION, Classification.INTERNAL, false, null, null, 15));
        }

        @Override
        public Optional<MeetingSummary> find(MeetingId id) {
            return Optional.ofNullable(meetings.get(id));
        }

        @Override
        public List<MeetingSummary> of(Collection<UUID> unitIds, Instant from, Instant to) {
            return meetings.values().stream().filter(m -> unitIds.contains(m.unitId())).toList();
        }

        @Override
        public boolean mayView(Actor actor, MeetingId id) {
            var meeting = meetings.get(id);
            if (meeting == null) {
                return false;
            }
            if (actor.unitsWhere(Role.REVIEWER, Role.SECRETARY).contains(meeting.cellId())) {
                return true;
            }
            if (actor.memberId() == null) {
                return false;
            }
            var member = directory == null ? null : directory.members.get(actor.memberId());
            return guests(id).contains(actor.memberId()) || actor.memberId().equals(meeting.chairMemberId())
                    || (member != null && meeting.cellId().equals(member.cellId()));
        }

        @Override
        public boolean mayManage(Actor actor, MeetingId id) {
            var meeting = meetings.get(id);
            return meeting != null && (actor.unitsWhere(Role.SECRETARY).contains(meeting.cellId())
                    || (actor.memberId() != null && actor.memberId().equals(meeting.chairMemberId())));
        }

        @Override
        public List<AgendaItemSummary> agenda(MeetingId id) {
            return agendas.getOrDefault(id, List.of());
        }

        @Override
        public List<UUID> guests(MeetingId id) {
            return guests.getOrDefault(id, List.of());
        }

        @Override
        public boolean recordingEnabled(MeetingId id) {
            return recording.contains(id);
        }
    }
}
