package vn.chibo.room;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import vn.chibo.meeting.AgendaItemSummary;
import vn.chibo.meeting.AgendaItemType;
import vn.chibo.meeting.Classification;
import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingLifecycle;
import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.MemberStatus;
import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.DomainException;
import vn.chibo.shared.security.AccessDenied;
import vn.chibo.shared.security.Actor;

/** The meeting module as the room sees it, in memory: meetings of a cell, who may view and who manages them. */
class FakeMeetings implements Meetings, MeetingLifecycle {

    record Setup(MeetingSummary summary, Set<UUID> viewers, Set<UUID> managers, List<UUID> guests,
            List<AgendaItemSummary> agenda) {
    }

    static final class TransitionNotAllowed extends DomainException {
        TransitionNotAllowed() {
            super("meeting-transition-not-allowed", Kind.CONFLICT, "Không thể chuyển trạng thái cuộc họp.");
        }
    }

    final Map<MeetingId, Setup> meetings = new ConcurrentHashMap<>();
    final Map<UUID, MemberView> members = new ConcurrentHashMap<>();

    MeetingId create(UUID cellId, UUID chair, MeetingState state, Set<UUID> viewers, List<UUID> guests) {
        var id = MeetingId.random();
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var summary = new MeetingSummary(id, cellId, cellId, MeetingKind.REGULAR, MeetingMode.ONLINE, state,
                "Sinh hoạt chi bộ thường kỳ", now, now.plusSeconds(7200), null, null, chair, null, null, "room", true);
        var agenda = new ArrayList<AgendaItemSummary>();
        agenda.add(new AgendaItemSummary(UUID.randomUUID(), id, 1, "Điểm danh", AgendaItemType.INFORMATION,
                Classification.PUBLIC, false, null, null, 10));
        agenda.add(new AgendaItemSummary(UUID.randomUUID(), id, 2, "Thông tin thời sự", AgendaItemType.INFORMATION,
                Classification.PUBLIC, false, null, null, 20));
        meetings.put(id, new Setup(summary, viewers, Set.of(chair), guests, agenda));
        return id;
    }

    MemberView member(UUID cellId, String name) {
        var member = new MemberView(UUID.randomUUID(), "100000", name, MemberStatus.OFFICIAL, cellId, null);
        members.put(member.id(), member);
        return member;
    }

    private void transition(MeetingId id, Actor actor, MeetingState to, Set<MeetingState> from) {
        var setup = meetings.get(id);
        if (!mayManage(actor, id)) {
            throw new AccessDenied("not the chair");
        }
        var s = setup.summary();
        if (!from.contains(s.state())) {
            throw new TransitionNotAllowed();
        }
        var changed = new MeetingSummary(s.id(), s.unitId(), s.cellId(), s.kind(), s.mode(), to, s.title(), s.startsAt(),
                s.endsAt(), s.startedAt(), s.endedAt(), s.chairMemberId(), s.minuteTakerMemberId(), s.place(),
                s.videoRoom(), s.onlinePilot());
        meetings.put(id, new Setup(changed, setup.viewers(), setup.managers(), setup.guests(), setup.agenda()));
    }

    @Override
    public MeetingSummary open(MeetingId id, Actor actor) {
        transition(id, actor, MeetingState.OPEN, Set.of(MeetingState.SCHEDULED));
        return meetings.get(id).summary();
    }

    @Override
    public MeetingSummary start(MeetingId id, Actor actor) {
        transition(id, actor, MeetingState.IN_PROGRESS, Set.of(MeetingState.OPEN));
        return meetings.get(id).summary();
    }

    @Override
    public MeetingSummary end(MeetingId id, Actor actor) {
        transition(id, actor, MeetingState.ENDED, Set.of(MeetingState.OPEN, MeetingState.IN_PROGRESS));
        return meetings.get(id).summary();
    }

    @Override
    public MeetingSummary minutesAdopted(MeetingId id, Actor actor) {
        transition(id, actor, MeetingState.MINUTES_ADOPTED, Set.of(MeetingState.ENDED));
        return meetings.get(id).summary();
    }

    @Override
    public MeetingSummary setRecording(MeetingId id, boolean enabled, Actor actor) {
        return meetings.get(id).summary();
    }

    @Override
    public Optional<MeetingSummary> find(MeetingId id) {
        return Optional.ofNullable(meetings.get(id)).map(Setup::summary);
    }

    @Override
    public List<MeetingSummary> of(Collection<UUID> unitIds, Instant from, Instant to) {
        return List.of();
    }

    @Override
    public boolean mayView(Actor actor, MeetingId id) {
        var setup = meetings.get(id);
        return setup != null && (setup.viewers().contains(actor.memberId()) || setup.managers().contains(actor.memberId()));
    }

    @Override
    public boolean mayManage(Actor actor, MeetingId id) {
        var setup = meetings.get(id);
        return setup != null && setup.managers().contains(actor.memberId());
    }

    @Override
    public List<AgendaItemSummary> agenda(MeetingId id) {
        var setup = meetings.get(id);
        return setup == null ? List.of() : setup.agenda();
    }

    @Override
    public List<UUID> guests(MeetingId id) {
        var setup = meetings.get(id);
        return setup == null ? List.of() : setup.guests();
    }

    @Override
    public boolean recordingEnabled(MeetingId id) {
        return false;
    }

    OrganisationDirectory directory() {
        return new OrganisationDirectory() {
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
                return Optional.empty();
            }

            @Override
            public boolean isWithin(UUID unitId, UUID ancestorId) {
                return false;
            }

            @Override
            public List<MemberView> membersOn(UUID unitId, LocalDate date) {
                return List.of();
            }
        };
    }
}
