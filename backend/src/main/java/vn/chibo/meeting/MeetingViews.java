package vn.chibo.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.security.Actor;

/**
 * The meeting as the API shows it (docs/meetings.md): names filled in, the agenda with the documents a
 * documents bean provides ({@link AgendaDocuments}, none without one), warnings and the actor's permissions.
 */
@Component
@Transactional(readOnly = true)
class MeetingViews {

    private final JdbcMeetings meetings;
    private final MeetingRules rules;
    private final MeetingAccess access;
    private final OrganisationDirectory directory;
    private final ObjectProvider<AgendaDocuments> documents;
    private final JdbcOnlineAuthorisations authorisations;

    MeetingViews(JdbcMeetings meetings, MeetingRules rules, MeetingAccess access, OrganisationDirectory directory,
            ObjectProvider<AgendaDocuments> documents, JdbcOnlineAuthorisations authorisations) {
        this.meetings = meetings;
        this.rules = rules;
        this.access = access;
        this.directory = directory;
        this.documents = documents;
        this.authorisations = authorisations;
    }

    record Person(UUID memberId, String fullName) {
    }

    record AuthorisationRef(UUID id, String referenceNumber, java.time.LocalDate validTo) {
    }

    record DocumentResource(UUID id, String fileName, String contentType, long size, String sha256,
            Classification classification, Instant publishedAt) {
    }

    record AgendaItemResource(UUID id, int position, String title, AgendaItemType type, Classification classification,
            boolean secretBallot, UUID presenterMemberId, String presenterName, int plannedMinutes, String notes,
            List<DocumentResource> documents) {
    }

    record Permissions(boolean manage, boolean chair) {
    }

    record MeetingResource(UUID id, long version, UUID unitId, String unitName, UUID cellId, boolean partyGroup,
            MeetingKind kind, MeetingMode mode, MeetingState state, String title, Instant startsAt, Instant endsAt,
            Instant startedAt, Instant endedAt, String place, String videoRoom, Person chair, Person minuteTaker,
            List<Person> guests, boolean onlinePilot, AuthorisationRef authorisation, boolean recordingEnabled,
            boolean fromSchedule, String stateReason, UUID postponedToId, List<AgendaItemResource> agenda,
            int plannedMinutes, List<MeetingWarning> warnings, Permissions permissions) {
    }

    /** A calendar entry: the meeting without agenda, guests and warnings. */
    record MeetingListItem(UUID id, long version, UUID unitId, String unitName, UUID cellId, boolean partyGroup,
            MeetingKind kind, MeetingMode mode, MeetingState state, String title, Instant startsAt, Instant endsAt,
            String place, boolean onlinePilot, boolean fromSchedule, Person chair, int plannedMinutes,
            Permissions permissions) {
    }

    MeetingResource resource(Meeting m, Actor actor) {
        var unit = directory.unit(m.unitId());
        var items = meetings.agenda(m.id());
        var docs = documents.getIfUnique(() -> AgendaDocuments.NONE);
        var byItem = new LinkedHashMap<UUID, List<DocumentResource>>();
        docs.forItems(m.meetingId()).forEach(d -> byItem.computeIfAbsent(d.agendaItemId(), k -> new ArrayList<>())
                .add(new DocumentResource(d.id(), d.fileName(), d.contentType(), d.size(), d.sha256(), d.classification(),
                        d.publishedAt())));
        var authorisation = m.authorisationId() == null ? Optional.<OnlineAuthorisation>empty()
                : authorisations.find(m.authorisationId());
        var warnings = new ArrayList<>(rules.warnings(m, items, authorisation));
        warnings.addAll(docs.warnings(m.meetingId()));
        var guests = meetings.guests(m.id()).stream().map(this::person).toList();
        return new MeetingResource(m.id(), m.version(), m.unitId(), unit.map(UnitView::name).orElse(null), m.cellId(),
                m.partyGroup(), m.kind(), m.mode(), m.state(), m.title(), m.startsAt(), m.endsAt(), m.startedAt(),
                m.endedAt(), m.place(), m.videoRoom(), person(m.chairMemberId()), person(m.minuteTakerMemberId()), guests,
                m.onlinePilot(), authorisation.map(a -> new AuthorisationRef(a.id(), a.referenceNumber(), a.validTo()))
                        .orElse(null),
                m.recordingEnabled(), m.fromSchedule(), m.stateReason(), m.postponedToId(),
                items.stream().map(i -> item(i, byItem.getOrDefault(i.id(), List.of()))).toList(), m.plannedMinutes(),
                warnings, permissions(m, actor));
    }

    List<AgendaItemResource> agenda(Meeting m) {
        var byItem = new LinkedHashMap<UUID, List<DocumentResource>>();
        documents.getIfUnique(() -> AgendaDocuments.NONE).forItems(m.meetingId()).forEach(d -> byItem
                .computeIfAbsent(d.agendaItemId(), k -> new ArrayList<>()).add(new DocumentResource(d.id(), d.fileName(),
                        d.contentType(), d.size(), d.sha256(), d.classification(), d.publishedAt())));
        return meetings.agenda(m.id()).stream().map(i -> item(i, byItem.getOrDefault(i.id(), List.of()))).toList();
    }

    static AgendaItemResource item(AgendaItem i, List<DocumentResource> documents) {
        return new AgendaItemResource(i.id(), i.position(), i.title(), i.type(), i.classification(), i.secretBallot(),
                i.presenterMemberId(), i.presenterName(), i.plannedMinutes(), i.notes(), documents);
    }

    /** The calendar: meetings starting in [from, to) the actor may see, optionally within a unit's subtree. */
    List<MeetingListItem> calendar(Actor actor, Instant from, Instant to, UUID unitId) {
        var units = new HashSet<UUID>();
        for (var grant : actor.grants()) {
            directory.unitsWithin(grant.unitId()).forEach(u -> units.add(u.id()));
        }
        if (actor.memberId() != null) {
            directory.member(actor.memberId()).ifPresent(m -> {
                if (m.cellId() != null) {
                    units.add(m.cellId());
                }
                if (m.groupId() != null) {
                    units.add(m.groupId());
                }
            });
        }
        Collection<UUID> wanted = units;
        if (unitId != null) {
            var within = new HashSet<UUID>();
            directory.unitsWithin(unitId).forEach(u -> within.add(u.id()));
            within.retainAll(units);
            wanted = within;
        }
        var found = new LinkedHashMap<UUID, Meeting>();
        meetings.ofUnits(wanted, from, to).forEach(m -> found.put(m.id(), m));
        if (actor.memberId() != null && unitId == null) {
            meetings.asGuest(actor.memberId(), from, to).forEach(m -> found.putIfAbsent(m.id(), m));
        }
        var names = new java.util.HashMap<UUID, String>();
        return found.values().stream().sorted(java.util.Comparator.comparing(Meeting::startsAt))
                .map(m -> new MeetingListItem(m.id(), m.version(), m.unitId(),
                        names.computeIfAbsent(m.unitId(), id -> directory.unit(id).map(UnitView::name).orElse(null)),
                        m.cellId(), m.partyGroup(), m.kind(), m.mode(), m.state(), m.title(), m.startsAt(), m.endsAt(),
                        m.place(), m.onlinePilot(), m.fromSchedule(), person(m.chairMemberId()), m.plannedMinutes(),
                        permissions(m, actor)))
                .toList();
    }

    Permissions permissions(Meeting m, Actor actor) {
        return new Permissions(access.mayManage(actor, m),
                actor.memberId() != null && actor.memberId().equals(m.chairMemberId()));
    }

    private Person person(UUID memberId) {
        if (memberId == null) {
            return null;
        }
        return new Person(memberId, directory.member(memberId).map(MemberView::fullName).orElse(null));
    }

}
