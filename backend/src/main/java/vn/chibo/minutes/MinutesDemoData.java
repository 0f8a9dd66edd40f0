package vn.chibo.minutes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.chibo.meeting.MeetingLifecycle;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.demo.DemoData;
import vn.chibo.shared.security.Actor;

/**
 * The demo city's minutes (docs/demo-data.md): every held meeting of the demo cells and their groups gets its
 * biên bản, read back, adopted on the chair's confirmation and signed by the chair and the minute-taker the day
 * after; the most recent held meeting of each cell keeps a draft, so the minutes page shows both. Runs after the
 * meetings; a meeting whose minutes exist is left alone.
 */
@Component
class MinutesDemoData implements DemoData {

    private static final List<String> CELLS = List.of("CB-XAYDUNG", "CB-KP3", "CB-KP1", "CB-KP5", "CB-CAPNUOC",
            "CB-VPTU");
    private static final String SYSTEM = "system:demo";

    private final Meetings meetings;
    private final MeetingLifecycle lifecycle;
    private final OrganisationDirectory directory;
    private final MinutesAssembler assembler;
    private final MinutesService service;
    private final JdbcMinutes store;
    private final Clock clock;

    MinutesDemoData(Meetings meetings, MeetingLifecycle lifecycle, OrganisationDirectory directory,
            MinutesAssembler assembler, MinutesService service, JdbcMinutes store, Clock clock) {
        this.meetings = meetings;
        this.lifecycle = lifecycle;
        this.directory = directory;
        this.assembler = assembler;
        this.service = service;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String name() {
        return "minutes";
    }

    static UUID unitId(String code) {
        return UUID.nameUUIDFromBytes(("chibo-demo-unit:" + code).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Outcome seed() {
        var now = clock.instant();
        int signed = 0;
        int drafts = 0;
        for (var code : CELLS) {
            var units = directory.unitsWithin(unitId(code)).stream().map(UnitView::id).toList();
            if (units.isEmpty()) {
                continue;
            }
            var held = new ArrayList<>(meetings.of(units, now.minus(Duration.ofDays(800)), now).stream()
                    .filter(m -> m.state() == MeetingState.ENDED || m.state() == MeetingState.MINUTES_ADOPTED)
                    .filter(m -> m.endedAt() != null).toList());
            held.sort(Comparator.comparing(MeetingSummary::startsAt));
            for (int i = 0; i < held.size(); i++) {
                var meeting = held.get(i);
                if (store.find(meeting.id().value()).isPresent()) {
                    continue;
                }
                var latest = i == held.size() - 1;
                if (latest || meeting.chairMemberId() == null || meeting.minuteTakerMemberId() == null) {
                    draft(meeting);
                    drafts++;
                }
                else {
                    signedMinutes(meeting);
                    signed++;
                }
            }
        }
        return Outcome.of(signed + drafts == 0 ? "already there" : signed + " signed, " + drafts + " drafts added");
    }

    private Map<String, String> sections(MeetingSummary meeting) {
        var sections = new LinkedHashMap<String, String>();
        var agenda = meetings.agenda(meeting.id());
        if (!agenda.isEmpty()) {
            var first = agenda.get(Math.min(1, agenda.size() - 1));
            sections.put(MinutesAssembler.Sections.item(first.id(), "opinions"),
                    "<p>Các đồng chí thống nhất với báo cáo; đề nghị tăng cường nắm tình hình dư luận trong khu dân cư.</p>");
            sections.put(MinutesAssembler.Sections.item(first.id(), "conclusion"),
                    "<p>Chủ trì kết luận: chi bộ thống nhất nội dung đã trình bày.</p>");
        }
        sections.put("conclusions", "<p>Chi bộ thống nhất đánh giá kết quả tháng qua và các nhiệm vụ trọng tâm tháng tới.</p>");
        sections.put("tasks", "<ul><li>Đồng chí bí thư chỉ đạo chung.</li><li>Các đảng viên thực hiện nhiệm vụ được phân công tại khu dân cư.</li></ul>");
        sections.put("self-assessment", "<p>Buổi sinh hoạt đúng giờ, đủ nội dung, nhiều ý kiến đóng góp; chất lượng đạt loại tốt.</p>");
        return sections;
    }

    private void draft(MeetingSummary meeting) {
        var id = meeting.id().value();
        store.ensure(id, meeting.unitId(), meeting.cellId(), meeting.endedAt());
        var sections = sections(meeting);
        sections.remove("self-assessment");
        sections.forEach((key, html) -> store.saveSection(id, key, html, 0, SYSTEM, meeting.endedAt()));
    }

    private void signedMinutes(MeetingSummary meeting) {
        var id = meeting.id().value();
        var endedAt = meeting.endedAt();
        store.ensure(id, meeting.unitId(), meeting.cellId(), endedAt);
        sections(meeting).forEach((key, html) -> store.saveSection(id, key, html, 0, SYSTEM, endedAt));
        store.markReadBack(id, SYSTEM, endedAt.minus(Duration.ofMinutes(5)));
        var content = assembler.assemble(meeting, sections(meeting));
        var canonical = service.canonical(content);
        var hash = CanonicalJson.sha256(canonical);
        store.adopt(id, SYSTEM, MinutesService.Method.CHAIR_CONFIRMATION.name(), null, canonical, hash,
                endedAt.minus(Duration.ofMinutes(2)));
        var signedAt = Seals.storable(endedAt.plus(Duration.ofDays(1)));
        sign(id, "CHAIR", meeting.chairMemberId(), signedAt, hash);
        sign(id, "MINUTE_TAKER", meeting.minuteTakerMemberId(), signedAt.plusSeconds(600), hash);
        store.markSigned(id, signedAt.plusSeconds(600));
        if (meeting.state() == MeetingState.ENDED) {
            lifecycle.minutesAdopted(meeting.id(), new Actor(null, meeting.chairMemberId(), SYSTEM, "Dữ liệu mẫu",
                    List.of()));
        }
    }

    private void sign(UUID meetingId, String role, UUID memberId, Instant at, String hash) {
        var name = directory.member(memberId).map(MemberView::fullName).orElse("");
        store.insertSignature(meetingId, new JdbcMinutes.Signature(role, memberId, name, SYSTEM, at, hash,
                Seals.seal(meetingId, role, memberId, at, hash)));
    }
}
