package vn.chibo.minutes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.identity.SecondFactor;
import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingLifecycle;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.room.RoomAnnouncements;
import vn.chibo.shared.Rule;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.security.Actor;
import vn.chibo.voting.VoteResults;

/**
 * The biên bản's life (R21–R23, R7): live drafting per section with a version check, read-back, adoption (the
 * chair's confirmation or a passed vote) freezing the canonical content and its hash, the chair's and the
 * minute-taker's signatures after a fresh second factor, publication, appended signed addenda and verification.
 * Every view and change is audited.
 */
@Service
class MinutesService {

    private static final Logger log = LoggerFactory.getLogger(MinutesService.class);

    enum Method { CHAIR_CONFIRMATION, VOTE }

    record SaveBody(String html, Integer version) {
    }

    record AdoptBody(Method method, UUID voteId) {
    }

    record CodeBody(String code) {
    }

    record AddendumBody(String html, String code) {
    }

    record SectionView(String key, String html, int version, String updatedBy, Instant updatedAt) {
    }

    record SignatureView(String role, UUID memberId, String fullName, Instant signedAt, String contentHash,
            String seal) {
    }

    record AddendumView(UUID id, int seq, String html, String originalHash, String contentHash, String authorRole,
            UUID memberId, String fullName, Instant signedAt, String seal) {
    }

    /** R21: when the minutes are due to reach the members, when they did, and whether that is late. */
    record Publication(int days, Instant dueBy, Instant publishedAt, boolean late, Rule rule) {
    }

    record MinutesView(UUID meetingId, String state, MeetingState meetingState, MinutesContent content,
            String contentHash, boolean frozen, Map<String, SectionView> sections, boolean mayEdit,
            boolean mayReadBack, boolean mayAdopt, String signAs, boolean chairMayEdit, boolean mayAllowChairEditing,
            Instant readBackAt,
            String readBackBy, Instant adoptedAt, String adoptedBy, String adoptionMethod, UUID adoptionVoteId,
            List<SignatureView> signatures, List<AddendumView> addenda, Publication publication, long autosaveMillis) {
    }

    record Check(String what, String expected, String recomputed, boolean valid) {
    }

    record Verification(UUID meetingId, String state, boolean valid, String contentHash, List<Check> checks) {
    }

    /** What the exports print: the frozen (or live) content, its hash, signatures and addenda. */
    record Printable(MinutesContent content, String contentHash, String state, List<SignatureView> signatures,
            List<AddendumView> addenda) {
    }

    private final Meetings meetings;
    private final MeetingLifecycle lifecycle;
    private final OrganisationDirectory directory;
    private final MinutesAssembler assembler;
    private final JdbcMinutes store;
    private final SecondFactor secondFactor;
    private final RoomAnnouncements announcements;
    private final VoteResults voteResults;
    private final MinutesProperties properties;
    private final Auditor auditor;
    private final JsonMapper json;
    private final Clock clock;

    MinutesService(Meetings meetings, MeetingLifecycle lifecycle, OrganisationDirectory directory,
            MinutesAssembler assembler, JdbcMinutes store, SecondFactor secondFactor, RoomAnnouncements announcements,
            VoteResults voteResults, MinutesProperties properties, Auditor auditor, JsonMapper json,
            Clock clock) {
        this.meetings = meetings;
        this.lifecycle = lifecycle;
        this.directory = directory;
        this.assembler = assembler;
        this.store = store;
        this.secondFactor = secondFactor;
        this.announcements = announcements;
        this.voteResults = voteResults;
        this.properties = properties;
        this.auditor = auditor;
        this.json = json;
        this.clock = clock;
    }

    // ---- access -------------------------------------------------------------------------------------------

    private MeetingSummary meeting(UUID id) {
        return meetings.find(new MeetingId(id)).orElseThrow(MinutesRefusals::meetingNotFound);
    }

    private static boolean is(Actor actor, UUID memberId) {
        return actor.memberId() != null && actor.memberId().equals(memberId);
    }

    /** R23: members of the meeting's cell, its chair and minute-taker, and holders of a role at or above its unit. */
    boolean mayView(Actor actor, MeetingSummary meeting) {
        if (is(actor, meeting.chairMemberId()) || is(actor, meeting.minuteTakerMemberId())) {
            return true;
        }
        if (actor.grants().stream().anyMatch(g -> directory.isWithin(meeting.unitId(), g.unitId()))) {
            return true;
        }
        return actor.memberId() != null && directory.member(actor.memberId()).map(MemberView::cellId)
                .filter(meeting.cellId()::equals).isPresent();
    }

    private MeetingSummary visible(UUID meetingId, Actor actor) {
        var meeting = meeting(meetingId);
        if (!mayView(actor, meeting)) {
            auditor.record("minutes.view-refused", "minutes", meetingId, meeting.cellId(), Map.of("rule", "R23"));
            throw MinutesRefusals.notVisible();
        }
        return meeting;
    }

    private static boolean mayEdit(Actor actor, MeetingSummary meeting, JdbcMinutes.Row row) {
        var draft = row == null || row.state() == JdbcMinutes.State.DRAFT || row.state() == JdbcMinutes.State.READ_BACK;
        var open = meeting.state() != MeetingState.CANCELLED && meeting.state() != MeetingState.POSTPONED;
        var editor = is(actor, meeting.minuteTakerMemberId())
                || (row != null && row.chairMayEdit() && is(actor, meeting.chairMemberId()));
        return draft && open && editor;
    }

    private boolean isChair(Actor actor, MeetingSummary meeting) {
        return is(actor, meeting.chairMemberId())
                || (meeting.chairMemberId() == null && meetings.mayManage(actor, meeting.id()));
    }

    private JdbcMinutes.Row row(MeetingSummary meeting) {
        store.ensure(meeting.id().value(), meeting.unitId(), meeting.cellId(), clock.instant());
        return store.find(meeting.id().value()).orElseThrow();
    }

    // ---- reading ------------------------------------------------------------------------------------------

    @Transactional
    MinutesView view(UUID meetingId, Actor actor) {
        var meeting = visible(meetingId, actor);
        var row = store.find(meetingId).orElse(null);
        auditor.record("minutes.viewed", "minutes", meetingId, meeting.cellId(),
                Map.of("state", row == null ? "DRAFT" : row.state().name()));
        return viewOf(meeting, row, actor);
    }

    private MinutesView viewOf(MeetingSummary meeting, JdbcMinutes.Row row, Actor actor) {
        var id = meeting.id().value();
        var sections = new LinkedHashMap<String, SectionView>();
        store.sections(id).forEach(s -> sections.put(s.key(),
                new SectionView(s.key(), s.html(), s.version(), s.updatedBy(), s.updatedAt())));
        var frozen = row != null && row.content() != null;
        var content = frozen ? parse(row.content()) : live(meeting);
        var hash = frozen ? row.contentHash() : CanonicalJson.sha256(canonical(content));
        var signatures = signatures(id);
        var state = row == null ? JdbcMinutes.State.DRAFT : row.state();
        String signAs = null;
        if (state == JdbcMinutes.State.ADOPTED) {
            signAs = roleOf(actor, meeting, signatures);
        }
        return new MinutesView(id, state.name(), meeting.state(), content, hash, frozen, sections,
                mayEdit(actor, meeting, row), state != JdbcMinutes.State.ADOPTED && state != JdbcMinutes.State.SIGNED
                        && is(actor, meeting.minuteTakerMemberId()),
                state == JdbcMinutes.State.READ_BACK && isChair(actor, meeting), signAs,
                row != null && row.chairMayEdit(),
                (state == JdbcMinutes.State.DRAFT || state == JdbcMinutes.State.READ_BACK)
                        && (isChair(actor, meeting) || meetings.mayManage(actor, meeting.id())),
                row == null ? null : row.readBackAt(),
                row == null ? null : row.readBackBy(), row == null ? null : row.adoptedAt(),
                row == null ? null : row.adoptedBy(), row == null ? null : row.adoptionMethod(),
                row == null ? null : row.adoptionVoteId(), signatures, addenda(id), publication(meeting, row),
                properties.autosave().toMillis());
    }

    private Publication publication(MeetingSummary meeting, JdbcMinutes.Row row) {
        var due = meeting.endedAt() == null ? null : meeting.endedAt().plus(Duration.ofDays(properties.publicationDays()));
        var published = row == null ? null : row.publishedAt();
        var late = due != null && (published == null ? clock.instant().isAfter(due) : published.isAfter(due));
        return new Publication(properties.publicationDays(), due, published, late, Rule.R21);
    }

    private MinutesContent live(MeetingSummary meeting) {
        return live(meeting, meeting.endedAt());
    }

    private MinutesContent live(MeetingSummary meeting, Instant endedAt) {
        var sections = new LinkedHashMap<String, String>();
        store.sections(meeting.id().value()).forEach(s -> sections.put(s.key(), s.html()));
        return assembler.assemble(meeting, sections, endedAt);
    }

    String canonical(MinutesContent content) {
        return CanonicalJson.of(json.valueToTree(content));
    }

    private MinutesContent parse(String canonical) {
        return json.readValue(canonical, MinutesContent.class);
    }

    private List<SignatureView> signatures(UUID meetingId) {
        return store.signatures(meetingId).stream().map(s -> new SignatureView(s.role(), s.memberId(), s.fullName(),
                s.signedAt(), s.contentHash(), s.seal())).toList();
    }

    private List<AddendumView> addenda(UUID meetingId) {
        return store.addenda(meetingId).stream().map(a -> new AddendumView(a.id(), a.seq(), a.html(), a.originalHash(),
                a.contentHash(), a.authorRole(), a.memberId(), a.fullName(), a.signedAt(), a.seal())).toList();
    }

    @Transactional
    List<SectionView> history(UUID meetingId, String key, Actor actor) {
        var meeting = visible(meetingId, actor);
        auditor.record("minutes.history-viewed", "minutes", meetingId, meeting.cellId(), Map.of("section", key));
        return store.history(meetingId, key).stream()
                .map(s -> new SectionView(s.key(), s.html(), s.version(), s.updatedBy(), s.updatedAt())).toList();
    }

    @Transactional
    Printable printable(UUID meetingId, Actor actor, String format) {
        var meeting = visible(meetingId, actor);
        var row = store.find(meetingId).orElse(null);
        var frozen = row != null && row.content() != null;
        var content = frozen ? parse(row.content()) : live(meeting);
        var hash = frozen ? row.contentHash() : CanonicalJson.sha256(canonical(content));
        auditor.record("minutes.exported", "minutes", meetingId, meeting.cellId(), Map.of("format", format,
                "contentHash", hash));
        return new Printable(content, hash, row == null ? "DRAFT" : row.state().name(), signatures(meetingId),
                addenda(meetingId));
    }

    // ---- drafting -----------------------------------------------------------------------------------------

    /** Saves one section if the caller saw its latest version; a conflict is refused, never overwritten. */
    @Transactional
    SectionView save(UUID meetingId, String key, SaveBody body, Actor actor) {
        var meeting = visible(meetingId, actor);
        var row = row(meeting);
        if (row.state() == JdbcMinutes.State.ADOPTED || row.state() == JdbcMinutes.State.SIGNED) {
            throw MinutesRefusals.frozen();
        }
        if (!mayEdit(actor, meeting, row)) {
            throw MinutesRefusals.editorsOnly();
        }
        if (body == null || body.version() == null || body.version() < 0) {
            throw MinutesRefusals.invalid("Cần gửi kèm phiên bản đã đọc của phần biên bản.");
        }
        var itemIds = meetings.agenda(meeting.id()).stream().map(i -> i.id()).toList();
        if (key == null || !MinutesAssembler.knownSection(key, itemIds)) {
            throw MinutesRefusals.unknownSection(key);
        }
        if (body.html() != null && body.html().length() > RichText.MAX_LENGTH) {
            throw MinutesRefusals.tooLong();
        }
        var html = RichText.sanitise(body.html());
        var now = clock.instant();
        var version = store.saveSection(meetingId, key, html, body.version(), actor.username(), now)
                .orElseThrow(() -> MinutesRefusals.staleVersion(store.sectionVersion(meetingId, key)));
        if (row.state() == JdbcMinutes.State.READ_BACK) {
            store.backToDraft(meetingId);
        }
        auditor.record("minutes.section-saved", "minutes", meetingId, meeting.cellId(),
                Map.of("section", key, "version", String.valueOf(version), "length", String.valueOf(html.length())));
        afterCommit(meeting.id(), "minutes-draft-changed",
                Map.of("section", key, "version", version, "editor", actor.displayName() == null ? actor.username()
                        : actor.displayName()));
        return new SectionView(key, html, version, actor.username(), now);
    }

    /** "If the meeting allows": the chair lets themself edit too (or stops it); the minute-taker always may. */
    @Transactional
    MinutesView chairEditing(UUID meetingId, boolean allowed, Actor actor) {
        var meeting = visible(meetingId, actor);
        if (!isChair(actor, meeting) && !meetings.mayManage(actor, meeting.id())) {
            throw MinutesRefusals.chairOnly();
        }
        row(meeting);
        if (!store.setChairMayEdit(meetingId, allowed)) {
            throw MinutesRefusals.frozen();
        }
        auditor.record("minutes.chair-editing", "minutes", meetingId, meeting.cellId(),
                Map.of("allowed", String.valueOf(allowed)));
        return viewOf(meeting, store.find(meetingId).orElseThrow(), actor);
    }

    // ---- read-back, adoption, signing ---------------------------------------------------------------------

    /** R22: the minute-taker has read the minutes to the meeting. */
    @Transactional
    MinutesView readBack(UUID meetingId, Actor actor) {
        var meeting = visible(meetingId, actor);
        if (!is(actor, meeting.minuteTakerMemberId())) {
            throw MinutesRefusals.minuteTakerOnly();
        }
        if (!List.of(MeetingState.OPEN, MeetingState.IN_PROGRESS, MeetingState.ENDED).contains(meeting.state())) {
            throw MinutesRefusals.wrongState("Chỉ đọc lại biên bản trong hoặc ngay sau cuộc họp.");
        }
        row(meeting);
        if (!store.markReadBack(meetingId, actor.username(), clock.instant())) {
            throw MinutesRefusals.frozen();
        }
        auditor.record("minutes.read-back", "minutes", meetingId, meeting.cellId(), Map.of());
        afterCommit(meeting.id(), "minutes-state-changed", Map.of("state", "READ_BACK"));
        return viewOf(meeting, store.find(meetingId).orElseThrow(), actor);
    }

    /**
     * R22: the meeting adopts the minutes read back — the chair records its confirmation or a passed vote. The
     * canonical content is frozen with its hash; from now on nothing in it changes.
     */
    @Transactional
    MinutesView adopt(UUID meetingId, AdoptBody body, Actor actor) {
        var meeting = visible(meetingId, actor);
        if (!isChair(actor, meeting)) {
            throw MinutesRefusals.chairOnly();
        }
        var row = row(meeting);
        if (row.state() == JdbcMinutes.State.DRAFT) {
            throw MinutesRefusals.notReadBack();
        }
        if (row.state() != JdbcMinutes.State.READ_BACK) {
            throw MinutesRefusals.frozen();
        }
        var method = body == null || body.method() == null ? Method.CHAIR_CONFIRMATION : body.method();
        UUID voteId = null;
        if (method == Method.VOTE) {
            var vote = body.voteId() == null ? null
                    : voteResults.closedIn(meeting.id()).stream().filter(v -> v.voteId().equals(body.voteId()))
                            .findFirst().orElse(null);
            if (vote == null) {
                throw MinutesRefusals.voteNotFound();
            }
            if (!vote.passed()) {
                throw MinutesRefusals.voteFailed();
            }
            voteId = vote.voteId();
        }
        var now = clock.instant();
        // adopted before the meeting is ended: the adoption is its last item, so the minutes close it now
        var content = live(meeting, meeting.endedAt() != null ? meeting.endedAt() : now.truncatedTo(ChronoUnit.MINUTES));
        var canonical = canonical(content);
        var hash = CanonicalJson.sha256(canonical);
        if (!store.adopt(meetingId, actor.username(), method.name(), voteId, canonical, hash, now)) {
            throw MinutesRefusals.frozen();
        }
        auditor.record("minutes.adopted", "minutes", meetingId, meeting.cellId(), Map.of("method", method.name(),
                "voteId", String.valueOf(voteId), "contentHash", hash));
        afterCommit(meeting.id(), "minutes-state-changed", Map.of("state", "ADOPTED", "contentHash", hash));
        return viewOf(meeting, store.find(meetingId).orElseThrow(), actor);
    }

    private String roleOf(Actor actor, MeetingSummary meeting, List<SignatureView> signatures) {
        var signed = signatures.stream().map(SignatureView::role).toList();
        if (is(actor, meeting.chairMemberId()) && !signed.contains("CHAIR")) {
            return "CHAIR";
        }
        if (is(actor, meeting.minuteTakerMemberId()) && !signed.contains("MINUTE_TAKER")) {
            return "MINUTE_TAKER";
        }
        return null;
    }

    /**
     * R23: the chair or the minute-taker signs the frozen content's hash after a fresh second factor. The second
     * signature publishes the minutes (R21) and moves the meeting to "minutes adopted".
     */
    @Transactional
    MinutesView sign(UUID meetingId, CodeBody body, Actor actor) {
        var meeting = visible(meetingId, actor);
        row(meeting);
        var row = store.lock(meetingId).orElseThrow();
        if (row.state() == JdbcMinutes.State.SIGNED) {
            throw MinutesRefusals.alreadySigned();
        }
        if (row.state() != JdbcMinutes.State.ADOPTED) {
            throw MinutesRefusals.wrongState("Biên bản phải được đọc lại và thông qua trước khi ký.");
        }
        if (meeting.state() != MeetingState.ENDED) {
            throw MinutesRefusals.meetingNotEnded();
        }
        var role = roleOf(actor, meeting, signatures(meetingId));
        if (role == null) {
            if (is(actor, meeting.chairMemberId()) || is(actor, meeting.minuteTakerMemberId())) {
                throw MinutesRefusals.alreadySigned();
            }
            throw MinutesRefusals.invalid("Chỉ chủ trì và thư ký cuộc họp ký biên bản.");
        }
        if (!secondFactor.verify(actor.memberId(), body == null ? null : body.code())) {
            throw MinutesRefusals.secondFactorRefused();
        }
        var now = Seals.storable(clock.instant());
        var name = directory.member(actor.memberId()).map(MemberView::fullName).orElse(actor.displayName());
        var seal = Seals.seal(meetingId, role, actor.memberId(), now, row.contentHash());
        if (!store.insertSignature(meetingId, new JdbcMinutes.Signature(role, actor.memberId(), name,
                actor.username(), now, row.contentHash(), seal))) {
            throw MinutesRefusals.alreadySigned();
        }
        auditor.record("minutes.signed", "minutes", meetingId, meeting.cellId(),
                Map.of("role", role, "contentHash", row.contentHash(), "seal", seal));
        if (store.signatures(meetingId).size() == 2) {
            store.markSigned(meetingId, now);
            lifecycle.minutesAdopted(meeting.id(), onBehalfOfTheChair(actor, meeting));
            auditor.record("minutes.published", "minutes", meetingId, meeting.cellId(),
                    Map.of("rule", "R21", "contentHash", row.contentHash()));
            afterCommit(meeting.id(), "minutes-state-changed", Map.of("state", "SIGNED", "contentHash",
                    row.contentHash()));
        }
        return viewOf(meeting(meetingId), store.find(meetingId).orElseThrow(), actor);
    }

    /** The meeting records the adoption on the chair's signature, whoever of the two signed last. */
    private static Actor onBehalfOfTheChair(Actor actor, MeetingSummary meeting) {
        if (is(actor, meeting.chairMemberId()) || meeting.chairMemberId() == null) {
            return actor;
        }
        return new Actor(null, meeting.chairMemberId(), actor.username(), actor.displayName(), List.of());
    }

    /** R23: a correction of signed minutes, appended and signed by the chair or the minute-taker. */
    @Transactional
    AddendumView addendum(UUID meetingId, AddendumBody body, Actor actor) {
        var meeting = visible(meetingId, actor);
        var row = store.lock(meetingId).orElseThrow(MinutesRefusals::notSigned);
        if (row.state() != JdbcMinutes.State.SIGNED) {
            throw MinutesRefusals.notSigned();
        }
        var role = is(actor, meeting.chairMemberId()) ? "CHAIR" : is(actor, meeting.minuteTakerMemberId())
                ? "MINUTE_TAKER" : null;
        if (role == null) {
            throw MinutesRefusals.invalid("Chỉ chủ trì hoặc thư ký cuộc họp lập phụ lục đính chính.");
        }
        var html = RichText.sanitise(body == null ? null : body.html());
        if (html.isEmpty()) {
            throw MinutesRefusals.invalid("Phụ lục đính chính cần có nội dung.");
        }
        if (!secondFactor.verify(actor.memberId(), body.code())) {
            throw MinutesRefusals.secondFactorRefused();
        }
        var now = Seals.storable(clock.instant());
        var seq = store.nextAddendumSeq(meetingId);
        var name = directory.member(actor.memberId()).map(MemberView::fullName).orElse(actor.displayName());
        var hash = addendumHash(meetingId, seq, html, row.contentHash(), role, actor.memberId(), name, now);
        var addendum = new JdbcMinutes.Addendum(UUID.randomUUID(), seq, html, row.contentHash(), hash, role,
                actor.memberId(), name, actor.username(), now, Seals.seal(meetingId, role, actor.memberId(), now, hash));
        store.insertAddendum(meetingId, addendum);
        auditor.record("minutes.addendum-signed", "minutes", meetingId, meeting.cellId(),
                Map.of("seq", String.valueOf(seq), "contentHash", hash, "originalHash", row.contentHash()));
        afterCommit(meeting.id(), "minutes-state-changed", Map.of("state", "SIGNED", "addendum", seq));
        return new AddendumView(addendum.id(), seq, html, row.contentHash(), hash, role, actor.memberId(), name, now,
                addendum.seal());
    }

    private String addendumHash(UUID meetingId, int seq, String html, String originalHash, String role, UUID memberId,
            String fullName, Instant signedAt) {
        var node = json.createObjectNode();
        node.put("meetingId", meetingId.toString());
        node.put("seq", seq);
        node.put("html", html);
        node.put("originalHash", originalHash);
        node.put("authorRole", role);
        node.put("memberId", memberId.toString());
        node.put("fullName", fullName);
        node.put("signedAt", signedAt.toString());
        return CanonicalJson.sha256(CanonicalJson.of(node));
    }

    /** Recomputes the content hash from the stored canonical content, every seal, and every addendum's hash. */
    @Transactional
    Verification verify(UUID meetingId, Actor actor) {
        var meeting = visible(meetingId, actor);
        var row = store.find(meetingId).orElse(null);
        var checks = new ArrayList<Check>();
        if (row != null && row.content() != null) {
            var recomputed = CanonicalJson.sha256(canonical(parse(row.content())));
            checks.add(new Check("content", row.contentHash(), recomputed, recomputed.equals(row.contentHash())));
            var raw = CanonicalJson.sha256(row.content());
            checks.add(new Check("stored-bytes", row.contentHash(), raw, raw.equals(row.contentHash())));
            for (var s : store.signatures(meetingId)) {
                var seal = Seals.seal(meetingId, s.role(), s.memberId(), s.signedAt(), row.contentHash());
                checks.add(new Check("signature:" + s.role(), s.seal(), seal,
                        seal.equals(s.seal()) && s.contentHash().equals(row.contentHash())));
            }
            for (var a : store.addenda(meetingId)) {
                var hash = addendumHash(meetingId, a.seq(), a.html(), a.originalHash(), a.authorRole(), a.memberId(),
                        a.fullName(), a.signedAt());
                var seal = Seals.seal(meetingId, a.authorRole(), a.memberId(), a.signedAt(), hash);
                checks.add(new Check("addendum:" + a.seq(), a.contentHash(), hash, hash.equals(a.contentHash())
                        && seal.equals(a.seal()) && a.originalHash().equals(row.contentHash())));
            }
        }
        var valid = !checks.isEmpty() && checks.stream().allMatch(Check::valid);
        auditor.record("minutes.verified", "minutes", meetingId, meeting.cellId(), Map.of("valid", String.valueOf(valid)));
        return new Verification(meetingId, row == null ? "DRAFT" : row.state().name(), valid,
                row == null ? null : row.contentHash(), checks);
    }

    // ---- live events --------------------------------------------------------------------------------------

    /** Tells the room once the change committed; a room that cannot be told only delays the viewers' refetch. */
    private void afterCommit(MeetingId meeting, String type, Map<String, ?> fields) {
        Runnable announce = () -> {
            try {
                announcements.announce(meeting, type, fields);
            }
            catch (RuntimeException e) {
                log.warn("Could not announce {} for meeting {}: {}", type, meeting, e.toString());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    announce.run();
                }
            });
        }
        else {
            announce.run();
        }
    }
}
