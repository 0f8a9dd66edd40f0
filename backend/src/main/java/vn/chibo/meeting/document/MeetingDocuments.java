package vn.chibo.meeting.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.meeting.Classification;
import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.MeetingWarning;
import vn.chibo.meeting.Meetings;
import vn.chibo.meeting.document.DocumentRefusals.DocumentTooLarge;
import vn.chibo.meeting.notice.NoticeKind;
import vn.chibo.meeting.notice.Notices;
import vn.chibo.shared.Rule;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.security.AccessDenied;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.time.VietnamTime;

/**
 * Documents on agenda items: upload (R5: never state-secret; type recognised by content), publication to
 * members with the R21 lead time, withdrawal, and downloads that are each audited (R7).
 */
@Service
public class MeetingDocuments {

    private static final List<MeetingState> CLOSED = List.of(MeetingState.ENDED, MeetingState.MINUTES_ADOPTED,
            MeetingState.CANCELLED, MeetingState.POSTPONED);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(VietnamTime.ZONE);

    private final Meetings meetings;
    private final JdbcDocuments documents;
    private final DocumentProperties properties;
    private final Auditor auditor;
    private final Notices notices;
    private final Clock clock;

    MeetingDocuments(Meetings meetings, JdbcDocuments documents, DocumentProperties properties, Auditor auditor,
            Notices notices, Clock clock) {
        this.meetings = meetings;
        this.documents = documents;
        this.properties = properties;
        this.auditor = auditor;
        this.notices = notices;
        this.clock = clock;
    }

    /** A file as it is served: name, type and bytes. */
    public record Download(String fileName, String contentType, String sha256, byte[] content) {
    }

    @Transactional
    public AgendaDocument upload(MeetingId meetingId, UUID agendaItemId, String fileName, String classification,
            byte[] content, Actor actor) {
        if ("STATE_SECRET".equalsIgnoreCase(classification == null ? "" : classification.trim())) {
            throw DocumentRefusals.stateSecretRefused();
        }
        var meeting = managed(meetingId, actor);
        if (CLOSED.contains(meeting.state())) {
            throw DocumentRefusals.meetingClosedForDocuments();
        }
        if (meetings.agenda(meetingId).stream().noneMatch(item -> item.id().equals(agendaItemId))) {
            throw DocumentRefusals.agendaItemNotFound();
        }
        var level = classification(classification);
        if (content == null || content.length == 0) {
            throw DocumentRefusals.emptyDocument();
        }
        if (content.length > properties.maxSize().toBytes()) {
            throw new DocumentTooLarge(properties.maxSize().toBytes());
        }
        var type = FileType.of(content).orElseThrow(DocumentRefusals::documentTypeNotAllowed);
        var row = new JdbcDocuments.Row(UUID.randomUUID(), meetingId.value(), agendaItemId, fileName(fileName, type),
                type.contentType(), content.length, sha256(content), level, clock.instant(), null, false, null);
        documents.insert(row, actor.username(), content);
        auditor.record("document-uploaded", "meeting-document", row.id(), meeting.unitId(), Map.of("meetingId",
                meetingId.toString(), "fileName", row.fileName(), "sha256", row.sha256(), "classification", level.name()));
        return row.view();
    }

    /** R7: every download is audited, including those by the people who manage the meeting. */
    @Transactional
    public Download download(MeetingId meetingId, UUID documentId, Actor actor) {
        var meeting = meetings.find(meetingId).orElseThrow(DocumentRefusals::meetingNotFound);
        if (!meetings.mayView(actor, meetingId)) {
            throw new AccessDenied("Bạn không có quyền xem tài liệu của cuộc họp này.");
        }
        var row = documents.find(meetingId.value(), documentId).filter(d -> d.withdrawnAt() == null)
                .orElseThrow(DocumentRefusals::documentNotFound);
        if (!row.published() && !meetings.mayManage(actor, meetingId)) {
            throw DocumentRefusals.documentNotPublished();
        }
        auditor.record("document-downloaded", "meeting-document", row.id(), meeting.unitId(),
                Map.of("meetingId", meetingId.toString(), "fileName", row.fileName(), "sha256", row.sha256()));
        return new Download(row.fileName(), row.contentType(), row.sha256(), documents.content(row.id()));
    }

    /**
     * Publishes a document to the members. R21: later than the cell's lead time before the start, it is still
     * published, but marked late and the chair and the publisher are warned.
     */
    @Transactional
    public AgendaDocument publish(MeetingId meetingId, UUID documentId, Actor actor) {
        var meeting = managed(meetingId, actor);
        var row = documents.find(meetingId.value(), documentId).filter(d -> d.withdrawnAt() == null)
                .orElseThrow(DocumentRefusals::documentNotFound);
        if (row.published()) {
            return row.view();
        }
        var now = clock.instant();
        var deadline = deadline(meeting);
        var late = now.isAfter(deadline);
        documents.publish(documentId, now, actor.username(), late);
        auditor.record("document-published", "meeting-document", documentId, meeting.unitId(),
                Map.of("meetingId", meetingId.toString(), "fileName", row.fileName(), "late", String.valueOf(late)));
        if (late) {
            var recipients = new LinkedHashSet<UUID>();
            if (meeting.chairMemberId() != null) {
                recipients.add(meeting.chairMemberId());
            }
            if (actor.memberId() != null) {
                recipients.add(actor.memberId());
            }
            notices.notify(recipients, NoticeKind.DOCUMENT_LATE, meetingId,
                    "Tài liệu phát hành muộn: " + meeting.title(),
                    "Tài liệu \"" + row.fileName() + "\" được phát hành lúc " + WHEN.format(now)
                            + ", sau thời hạn " + WHEN.format(deadline) + " (phải phát hành trước cuộc họp ít nhất "
                            + leadDays(meeting) + " ngày, R21).");
        }
        return documents.find(meetingId.value(), documentId).orElseThrow().view();
    }

    @Transactional
    public void withdraw(MeetingId meetingId, UUID documentId, Actor actor) {
        var meeting = managed(meetingId, actor);
        var row = documents.find(meetingId.value(), documentId).filter(d -> d.withdrawnAt() == null)
                .orElseThrow(DocumentRefusals::documentNotFound);
        documents.withdraw(documentId, clock.instant(), actor.username());
        auditor.record("document-withdrawn", "meeting-document", documentId, meeting.unitId(),
                Map.of("meetingId", meetingId.toString(), "fileName", row.fileName()));
    }

    /**
     * The meeting's documents by agenda item, as the actor may see them: everything for those who manage the
     * meeting, published documents only for the others (nothing for an actor who may not view the meeting).
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<AgendaDocument>> byAgendaItem(MeetingId meetingId, Actor actor) {
        var result = new LinkedHashMap<UUID, List<AgendaDocument>>();
        if (!meetings.mayView(actor, meetingId)) {
            return result;
        }
        var all = meetings.mayManage(actor, meetingId);
        for (var row : documents.ofMeeting(meetingId.value())) {
            if (all || row.published()) {
                result.computeIfAbsent(row.agendaItemId(), k -> new ArrayList<>()).add(row.view());
            }
        }
        return result;
    }

    /** R21 warnings: documents published late, and documents still unpublished once the lead time has passed. */
    @Transactional(readOnly = true)
    public List<MeetingWarning> warnings(MeetingId meetingId) {
        var meeting = meetings.find(meetingId).orElse(null);
        if (meeting == null) {
            return List.of();
        }
        var rows = documents.ofMeeting(meetingId.value());
        var warnings = new ArrayList<MeetingWarning>();
        var late = rows.stream().filter(JdbcDocuments.Row::publishedLate).count();
        if (late > 0) {
            warnings.add(new MeetingWarning("documents-published-late", Rule.R21, late
                    + " tài liệu được phát hành muộn hơn " + leadDays(meeting) + " ngày trước cuộc họp."));
        }
        var unpublished = rows.stream().filter(r -> !r.published()).count();
        var open = !CLOSED.contains(meeting.state());
        if (unpublished > 0 && open && clock.instant().isAfter(deadline(meeting))) {
            warnings.add(new MeetingWarning("documents-not-published", Rule.R21, unpublished
                    + " tài liệu chưa được phát hành, đã quá thời hạn " + leadDays(meeting) + " ngày trước cuộc họp."));
        }
        return warnings;
    }

    private Instant deadline(MeetingSummary meeting) {
        return meeting.startsAt().minus(Duration.ofDays(leadDays(meeting)));
    }

    private int leadDays(MeetingSummary meeting) {
        return meetings.documentLeadDays(meeting.cellId());
    }

    private MeetingSummary managed(MeetingId meetingId, Actor actor) {
        var meeting = meetings.find(meetingId).orElseThrow(DocumentRefusals::meetingNotFound);
        if (!meetings.mayManage(actor, meetingId)) {
            throw new AccessDenied("Chỉ người điều hành cuộc họp mới được quản lý tài liệu.");
        }
        return meeting;
    }

    private static Classification classification(String value) {
        if (value == null || value.isBlank()) {
            throw DocumentRefusals.badClassification();
        }
        try {
            return Classification.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw DocumentRefusals.badClassification();
        }
    }

    /** Keeps the base name only, without control characters, at most 200 characters, with the real extension. */
    static String fileName(String original, FileType type) {
        var name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "tai-lieu";
        }
        var dot = name.lastIndexOf('.');
        var base = dot > 0 ? name.substring(0, dot) : name;
        if (base.length() > 190) {
            base = base.substring(0, 190);
        }
        return base + "." + type.extension();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
