package vn.chibo.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.meeting.MeetingEvents.MeetingCancelled;
import vn.chibo.meeting.MeetingEvents.MeetingEnded;
import vn.chibo.meeting.MeetingEvents.MeetingOpened;
import vn.chibo.meeting.MeetingEvents.MeetingPostponed;
import vn.chibo.meeting.MeetingEvents.MeetingRescheduled;
import vn.chibo.meeting.MeetingEvents.MeetingScheduled;
import vn.chibo.meeting.MeetingEvents.MeetingStarted;
import vn.chibo.meeting.MeetingEvents.MinutesAdopted;
import vn.chibo.meeting.MeetingRefusals.InvalidMeeting;
import vn.chibo.meeting.MeetingRefusals.StaleVersion;
import vn.chibo.meeting.MeetingRefusals.TransitionNotAllowed;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.security.AccessDenied;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.time.VietnamTime;

/**
 * Meetings: creation, changes and the lifecycle (guarded transitions, each recorded as a state change and
 * published as an event). Other modules reach it as {@link Meetings} and, from the live room, as
 * {@link MeetingLifecycle}.
 */
@Service
@Transactional
class MeetingService implements Meetings, MeetingLifecycle {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final JdbcMeetings meetings;
    private final JdbcCellSchedules schedules;
    private final MeetingRules rules;
    private final MeetingAccess access;
    private final OrganisationDirectory directory;
    private final ApplicationEventPublisher events;
    private final Auditor auditor;
    private final Clock clock;

    MeetingService(JdbcMeetings meetings, JdbcCellSchedules schedules, MeetingRules rules, MeetingAccess access,
            OrganisationDirectory directory, ApplicationEventPublisher events, Auditor auditor, Clock clock) {
        this.meetings = meetings;
        this.schedules = schedules;
        this.rules = rules;
        this.access = access;
        this.directory = directory;
        this.events = events;
        this.auditor = auditor;
        this.clock = clock;
    }

    // --- Meetings (read side for other modules) ---

    @Override
    @Transactional(readOnly = true)
    public Optional<MeetingSummary> find(MeetingId id) {
        return meetings.find(id.value()).map(Meeting::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingSummary> of(Collection<UUID> unitIds, Instant from, Instant to) {
        return meetings.ofUnits(unitIds, from, to).stream().map(Meeting::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayView(Actor actor, MeetingId id) {
        return meetings.find(id.value()).map(m -> access.mayView(actor, m, meetings.guests(m.id()))).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayManage(Actor actor, MeetingId id) {
        return meetings.find(id.value()).map(m -> access.mayManage(actor, m)).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgendaItemSummary> agenda(MeetingId id) {
        return meetings.agenda(id.value()).stream().map(AgendaItem::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> guests(MeetingId id) {
        return meetings.guests(id.value());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean recordingEnabled(MeetingId id) {
        return meetings.find(id.value()).map(Meeting::recordingEnabled).orElse(false);
    }

    @Override
    public boolean restrictedOnline(AgendaItemType type, Classification classification, boolean secretBallot) {
        return rules.restrictedOnline(type, classification, secretBallot);
    }

    @Override
    @Transactional(readOnly = true)
    public int documentLeadDays(UUID cellId) {
        return schedules.find(cellId).map(CellSchedule::documentLeadDays).orElse(1);
    }

    // --- reading for the web layer ---

    @Transactional(readOnly = true)
    Meeting viewable(UUID id, Actor actor) {
        var meeting = meetings.find(id).orElseThrow(MeetingRefusals::meetingNotFound);
        if (!access.mayView(actor, meeting, meetings.guests(id))) {
            throw new AccessDenied("Bạn không được xem cuộc họp này.");
        }
        return meeting;
    }

    Meeting manageable(UUID id, Actor actor) {
        var meeting = meetings.find(id).orElseThrow(MeetingRefusals::meetingNotFound);
        if (!access.mayManage(actor, meeting)) {
            throw new AccessDenied("Chỉ bí thư, phó bí thư chi bộ, tổ trưởng tổ đảng hoặc người chủ trì mới được điều hành cuộc họp này.");
        }
        return meeting;
    }

    // --- creating and changing ---

    Meeting create(MeetingDraft draft, Actor actor) {
        var candidate = candidate(draft, actor);
        if (!access.mayCreateIn(actor, candidate.unitId(), candidate.cellId())) {
            throw new AccessDenied("Chỉ bí thư, phó bí thư chi bộ (hoặc tổ trưởng với cuộc họp của tổ đảng) mới được tạo cuộc họp.");
        }
        var meeting = checked(candidate, List.of());
        meetings.insert(meeting);
        meetings.replaceGuests(meeting.id(), draft.guestsOrNone());
        meetings.recordStateChange(meeting.id(), null, MeetingState.DRAFT, null, actor.username(), clock.instant());
        if (draft.template() != null) {
            agendaFromTemplate(meeting, draft.template(), draft.topic());
        }
        auditor.record("meeting-created", "meeting", meeting.id(), meeting.cellId(),
                Map.of("title", meeting.title(), "kind", meeting.kind().name(), "mode", meeting.mode().name()));
        if (Boolean.TRUE.equals(draft.schedule())) {
            return transition(meeting.id(), MeetingTransition.SCHEDULE, null, actor);
        }
        return meetings.find(meeting.id()).orElseThrow();
    }

    /** The warnings and the first refusal a draft would get, without saving anything. */
    @Transactional(readOnly = true, noRollbackFor = vn.chibo.shared.DomainException.class)
    CheckResult check(MeetingDraft draft, UUID existingId, Actor actor) {
        var existing = existingId == null ? List.<AgendaItem>of() : meetings.agenda(existingId);
        var candidate = existingId == null ? candidate(draft, actor) : changed(manageable(existingId, actor), draft);
        if (existingId == null && !access.mayCreateIn(actor, candidate.unitId(), candidate.cellId())) {
            throw new AccessDenied("Chỉ bí thư, phó bí thư chi bộ (hoặc tổ trưởng với cuộc họp của tổ đảng) mới được tạo cuộc họp.");
        }
        try {
            var meeting = checked(candidate, existing);
            var authorisation = meeting.authorisationId() == null ? Optional.<OnlineAuthorisation>empty()
                    : rules.authorisationFor(meeting.cellId(), meeting.date());
            return new CheckResult(rules.warnings(meeting, existing, authorisation), List.of());
        }
        catch (vn.chibo.shared.DomainException refusal) {
            return new CheckResult(rules.warnings(candidate, existing, Optional.empty()), List.of(new CheckResult.Refusal(
                    refusal.code(), refusal.rule() == null ? null : refusal.rule().name(), refusal.getMessage())));
        }
    }

    record CheckResult(List<MeetingWarning> warnings, List<Refusal> refusals) {
        record Refusal(String code, String rule, String message) {
        }
    }

    Meeting update(UUID id, MeetingDraft draft, Actor actor) {
        var current = manageable(id, actor);
        if (!MeetingTransition.editable(current.state())) {
            throw new TransitionNotAllowed(current.state(), "edit");
        }
        if (draft.version() != null && draft.version() != current.version()) {
            throw new StaleVersion();
        }
        var meeting = checked(changed(current, draft), meetings.agenda(id));
        var stored = meetings.update(meeting).orElseThrow(StaleVersion::new);
        if (draft.guestMemberIds() != null) {
            meetings.replaceGuests(id, draft.guestMemberIds());
        }
        auditor.record("meeting-changed", "meeting", id, stored.cellId(), Map.of("title", stored.title()));
        if (stored.state() == MeetingState.SCHEDULED) {
            events.publishEvent(new MeetingRescheduled(stored.summary(), current.startsAt()));
        }
        return stored;
    }

    private Meeting candidate(MeetingDraft draft, Actor actor) {
        require(draft.unitId() != null && draft.kind() != null && draft.mode() != null && draft.startsAt() != null
                && draft.endsAt() != null, "Cần chọn chi bộ/tổ đảng, loại, hình thức, giờ bắt đầu và kết thúc.");
        var unit = directory.unit(draft.unitId()).filter(u -> !u.dissolved())
                .orElseThrow(MeetingRefusals::unitNotFound);
        var cell = rules.cellOf(unit);
        var id = UUID.randomUUID();
        var chair = draft.chairMemberId() != null ? draft.chairMemberId() : actor.memberId();
        return new Meeting(id, unit.id(), cell.id(), draft.kind(), draft.mode(), MeetingState.DRAFT,
                title(draft.title(), draft.kind(), draft.startsAt(), unit.kind() == vn.chibo.organisation.UnitKind.PARTY_GROUP),
                draft.startsAt(), draft.endsAt(), null, null, blankToNull(draft.place()), null, chair,
                draft.minuteTakerMemberId(), false, null, false, false, null, null, actor.username(), 0);
    }

    private static Meeting changed(Meeting m, MeetingDraft d) {
        return new Meeting(m.id(), m.unitId(), m.cellId(), d.kind() == null ? m.kind() : d.kind(),
                d.mode() == null ? m.mode() : d.mode(), m.state(),
                d.title() == null || d.title().isBlank() ? m.title() : d.title().strip(),
                d.startsAt() == null ? m.startsAt() : d.startsAt(), d.endsAt() == null ? m.endsAt() : d.endsAt(),
                m.startedAt(), m.endedAt(), d.place() == null ? m.place() : blankToNull(d.place()), m.videoRoom(),
                d.chairMemberId() == null ? m.chairMemberId() : d.chairMemberId(),
                d.minuteTakerMemberId() == null ? m.minuteTakerMemberId() : d.minuteTakerMemberId(), m.onlinePilot(),
                m.authorisationId(), m.recordingEnabled(), m.fromSchedule(), m.stateReason(), m.postponedToId(),
                m.createdBy(), m.version());
    }

    /** Validates times and people, then applies R1/R3 (authorisation), R4 (agenda vs mode) and R24. */
    private Meeting checked(Meeting m, List<AgendaItem> agenda) {
        require(m.endsAt().isAfter(m.startsAt()), "Giờ kết thúc phải sau giờ bắt đầu.");
        require(m.title().length() <= 300, "Tên cuộc họp dài quá 300 ký tự.");
        for (var person : new UUID[] { m.chairMemberId(), m.minuteTakerMemberId() }) {
            if (person != null && directory.member(person).isEmpty()) {
                throw new InvalidMeeting("member-not-found", "Không tìm thấy đảng viên được chọn làm chủ trì hoặc thư ký.");
            }
        }
        rules.requireAllowedOnline(m.mode(), agenda);
        rules.requirePartyGroupAllowed(m);
        return rules.withAuthorisation(m);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidMeeting("invalid-request", message);
        }
    }

    static String title(String given, MeetingKind kind, Instant startsAt, boolean partyGroup) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        var month = MONTH.format(startsAt.atZone(VietnamTime.ZONE));
        var who = partyGroup ? "tổ đảng" : "chi bộ";
        return switch (kind) {
            case REGULAR -> "Sinh hoạt " + who + " thường kỳ tháng " + month;
            case THEMATIC -> "Sinh hoạt chuyên đề tháng " + month;
            case REGULAR_AND_THEMATIC -> "Sinh hoạt " + who + " thường kỳ kết hợp chuyên đề tháng " + month;
            case EXTRAORDINARY -> "Sinh hoạt " + who + " bất thường tháng " + month;
            case CONGRESS -> "Đại hội chi bộ " + startsAt.atZone(VietnamTime.ZONE).getYear();
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // --- the lifecycle ---

    @Override
    public MeetingSummary open(MeetingId id, Actor actor) {
        return transition(id.value(), MeetingTransition.OPEN, null, actor).summary();
    }

    @Override
    public MeetingSummary start(MeetingId id, Actor actor) {
        return transition(id.value(), MeetingTransition.START, null, actor).summary();
    }

    @Override
    public MeetingSummary end(MeetingId id, Actor actor) {
        return transition(id.value(), MeetingTransition.END, null, actor).summary();
    }

    @Override
    public MeetingSummary minutesAdopted(MeetingId id, Actor actor) {
        return transition(id.value(), MeetingTransition.ADOPT_MINUTES, null, actor).summary();
    }

    @Override
    public MeetingSummary setRecording(MeetingId id, boolean enabled, Actor actor) {
        var meeting = meetings.find(id.value()).orElseThrow(MeetingRefusals::meetingNotFound);
        if (actor.memberId() == null || !actor.memberId().equals(meeting.chairMemberId())) {
            throw MeetingRefusals.notTheChair();
        }
        if (MeetingTransition.over(meeting.state())) {
            throw new TransitionNotAllowed(meeting.state(), "recording");
        }
        if (enabled && meetings.agenda(meeting.id()).stream().anyMatch(i -> i.type() == AgendaItemType.INSPECTION)) {
            throw MeetingRefusals.recordingDuringInspection();
        }
        var stored = meetings.update(meeting.withRecording(enabled)).orElseThrow(StaleVersion::new);
        auditor.record(enabled ? "meeting-recording-on" : "meeting-recording-off", "meeting", meeting.id(),
                meeting.cellId(), Map.of());
        return stored.summary();
    }

    /** Cancels (with a reason), or any other transition; refuses an illegal one with the current state. */
    Meeting transition(UUID id, MeetingTransition transition, String reason, Actor actor) {
        var current = manageable(id, actor);
        if ((transition == MeetingTransition.CANCEL || transition == MeetingTransition.POSTPONE)
                && (reason == null || reason.isBlank())) {
            throw new InvalidMeeting("reason-required", "Cần nêu lý do hủy hoặc hoãn cuộc họp.");
        }
        var next = current.apply(transition, clock.instant(), reason == null ? null : reason.strip());
        if (transition == MeetingTransition.SCHEDULE || transition == MeetingTransition.OPEN) {
            next = rules.withAuthorisation(next); // R1: the authorisation may have been revoked meanwhile
        }
        return store(current, next, transition, reason, actor);
    }

    /** Postpones (with a reason); with a new time, creates the replacement meeting (scheduled) and links it. */
    Meeting postpone(UUID id, String reason, Instant newStartsAt, Instant newEndsAt, Actor actor) {
        var current = manageable(id, actor);
        if (newStartsAt == null) {
            return transition(id, MeetingTransition.POSTPONE, reason, actor);
        }
        var ends = newEndsAt != null ? newEndsAt : newStartsAt.plus(java.time.Duration.between(current.startsAt(), current.endsAt()));
        var postponed = transition(id, MeetingTransition.POSTPONE, reason, actor);
        var replacement = checked(new Meeting(UUID.randomUUID(), current.unitId(), current.cellId(), current.kind(),
                current.mode(), MeetingState.DRAFT, current.title(), newStartsAt, ends, null, null, current.place(), null,
                current.chairMemberId(), current.minuteTakerMemberId(), false, null, false, false, null, null,
                actor.username(), 0), meetings.agenda(id));
        meetings.insert(replacement);
        meetings.replaceGuests(replacement.id(), meetings.guests(id));
        for (var item : meetings.agenda(id)) {
            meetings.insertItem(new AgendaItem(UUID.randomUUID(), replacement.id(), item.position(), item.title(),
                    item.type(), item.classification(), item.secretBallot(), item.presenterMemberId(),
                    item.presenterName(), item.plannedMinutes(), item.notes()));
        }
        meetings.recordStateChange(replacement.id(), null, MeetingState.DRAFT, "postponed from " + id, actor.username(),
                clock.instant());
        auditor.record("meeting-created", "meeting", replacement.id(), replacement.cellId(),
                Map.of("postponedFrom", id.toString()));
        transition(replacement.id(), MeetingTransition.SCHEDULE, null, actor);
        return meetings.update(postponed.postponedTo(replacement.id())).orElseThrow(StaleVersion::new);
    }

    private Meeting store(Meeting current, Meeting next, MeetingTransition transition, String reason, Actor actor) {
        var stored = meetings.update(next).orElseThrow(StaleVersion::new);
        meetings.recordStateChange(stored.id(), current.state(), stored.state(), reason, actor.username(), clock.instant());
        auditor.record(transition.auditAction(), "meeting",
                stored.id(), stored.cellId(), reason == null ? Map.of() : Map.of("reason", reason));
        var summary = stored.summary();
        events.publishEvent(switch (transition) {
            case SCHEDULE -> new MeetingScheduled(summary);
            case OPEN -> new MeetingOpened(summary);
            case START -> new MeetingStarted(summary);
            case END -> new MeetingEnded(summary);
            case CANCEL -> new MeetingCancelled(summary, reason);
            case POSTPONE -> new MeetingPostponed(summary, reason);
            case ADOPT_MINUTES -> new MinutesAdopted(summary);
        });
        return stored;
    }

    // --- the agenda ---

    private Meeting agendaEditable(UUID id, Actor actor) {
        var meeting = manageable(id, actor);
        if (MeetingTransition.over(meeting.state())) {
            throw new TransitionNotAllowed(meeting.state(), "edit");
        }
        return meeting;
    }

    AgendaItem addItem(UUID meetingId, AgendaItemDraft draft, Actor actor) {
        var meeting = agendaEditable(meetingId, actor);
        var agenda = meetings.agenda(meetingId);
        var item = draft.toItem(UUID.randomUUID(), meetingId, agenda.size() + 1);
        rules.requireAllowedOnline(meeting.mode(), List.of(item));
        meetings.insertItem(item);
        inspectionStopsRecording(meeting, item);
        auditor.record("agenda-item-added", "meeting", meetingId, meeting.cellId(),
                Map.of("item", item.id().toString(), "type", item.type().name()));
        return item;
    }

    AgendaItem changeItem(UUID meetingId, UUID itemId, AgendaItemDraft draft, Actor actor) {
        var meeting = agendaEditable(meetingId, actor);
        var existing = meetings.agenda(meetingId).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(MeetingRefusals::agendaItemNotFound);
        var item = draft.toItem(itemId, meetingId, existing.position());
        rules.requireAllowedOnline(meeting.mode(), List.of(item));
        meetings.updateItem(item);
        inspectionStopsRecording(meeting, item);
        auditor.record("agenda-item-changed", "meeting", meetingId, meeting.cellId(), Map.of("item", itemId.toString()));
        return item;
    }

    void removeItem(UUID meetingId, UUID itemId, Actor actor) {
        var meeting = agendaEditable(meetingId, actor);
        if (!meetings.deleteItem(meetingId, itemId)) {
            throw MeetingRefusals.agendaItemNotFound();
        }
        meetings.reorder(meetingId, meetings.agenda(meetingId).stream().map(AgendaItem::id).toList());
        auditor.record("agenda-item-removed", "meeting", meetingId, meeting.cellId(), Map.of("item", itemId.toString()));
        events.publishEvent(new MeetingEvents.AgendaItemRemoved(meeting.meetingId(), itemId));
    }

    List<AgendaItem> reorder(UUID meetingId, List<UUID> itemIds, Actor actor) {
        var meeting = agendaEditable(meetingId, actor);
        var current = meetings.agenda(meetingId).stream().map(AgendaItem::id).toList();
        if (itemIds == null || itemIds.size() != current.size() || !new java.util.HashSet<>(itemIds).containsAll(current)) {
            throw new InvalidMeeting("agenda-order-incomplete", "Thứ tự mới phải liệt kê đúng và đủ mọi nội dung của chương trình.");
        }
        meetings.reorder(meetingId, itemIds);
        auditor.record("agenda-reordered", "meeting", meetingId, meeting.cellId(), Map.of());
        return meetings.agenda(meetingId);
    }

    /** R18: on an empty agenda the template becomes the agenda; otherwise its items are added at the end. */
    List<AgendaItem> applyTemplate(UUID meetingId, AgendaTemplates.Template template, String topic, Actor actor) {
        var meeting = agendaEditable(meetingId, actor);
        agendaFromTemplate(meeting, template, topic);
        auditor.record("agenda-template-applied", "meeting", meetingId, meeting.cellId(), Map.of("template", template.name()));
        return meetings.agenda(meetingId);
    }

    private void agendaFromTemplate(Meeting meeting, AgendaTemplates.Template template, String topic) {
        var position = meetings.agenda(meeting.id()).size();
        for (var step : AgendaTemplates.steps(template, topic)) {
            meetings.insertItem(new AgendaItem(UUID.randomUUID(), meeting.id(), ++position, step.title(), step.type(),
                    Classification.INTERNAL, false, null, null, step.plannedMinutes(), step.notes()));
        }
    }

    /** R8: recording never runs while an inspection item is on the agenda. */
    private void inspectionStopsRecording(Meeting meeting, AgendaItem item) {
        if (item.type() == AgendaItemType.INSPECTION && meeting.recordingEnabled()) {
            meetings.update(meetings.find(meeting.id()).orElseThrow().withRecording(false));
        }
    }
}
