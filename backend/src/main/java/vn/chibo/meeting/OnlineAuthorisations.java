package vn.chibo.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.meeting.MeetingRefusals.InvalidMeeting;
import vn.chibo.organisation.MemberStanding;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitKind;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.Rule;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.security.AccessDenied;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.time.VietnamTime;

/**
 * Online-meeting authorisations (R1–R3): recorded and revoked by reviewers and administrators above the unit,
 * with the R2 "more than half" count computed on the issue date, leaving out exempt and suspended members.
 */
@Service
@Transactional
class OnlineAuthorisations {

    private final JdbcOnlineAuthorisations authorisations;
    private final OrganisationDirectory directory;
    private final MeetingAccess access;
    private final Auditor auditor;
    private final Clock clock;

    OnlineAuthorisations(JdbcOnlineAuthorisations authorisations, OrganisationDirectory directory, MeetingAccess access,
            Auditor auditor, Clock clock) {
        this.authorisations = authorisations;
        this.directory = directory;
        this.access = access;
        this.auditor = auditor;
        this.clock = clock;
    }

    record Body(UUID unitId, String referenceNumber, LocalDate issuedOn, String issuer, LocalDate validFrom,
            LocalDate validTo, OnlineAuthorisation.ReasonCategory reasonCategory, String reasonNote,
            List<UUID> unableMemberIds) {
    }

    /** R2: who is counted on the date, how many of them cannot meet in person, and whether that is more than half. */
    record Count(int countedMembers, int unableMembers, int needed, boolean moreThanHalf, List<MeetingWarning> warnings) {
    }

    record Resource(UUID id, UUID unitId, String unitName, String referenceNumber, LocalDate issuedOn, String issuer,
            LocalDate validFrom, LocalDate validTo, OnlineAuthorisation.ReasonCategory reasonCategory, String reasonNote,
            List<UUID> unableMemberIds, int countedMembers, int unableMembers, boolean moreThanHalf, boolean validToday,
            Instant revokedAt, String revokedReason, String recordedBy, Instant recordedAt,
            List<MeetingWarning> warnings) {
    }

    @Transactional(readOnly = true)
    List<Resource> of(UUID unitId, Actor actor) {
        var unit = directory.unit(unitId).orElseThrow(MeetingRefusals::unitNotFound);
        if (!access.mayReadUnit(actor, unit)) {
            throw new AccessDenied("Bạn không được xem văn bản cho phép của tổ chức này.");
        }
        // those of the unit itself and those of the units above, which reach it too
        var units = Stream.concat(unit.path().stream(), Stream.of(unitId)).toList();
        return authorisations.ofUnits(units).stream().map(this::resource).toList();
    }

    Resource record(Body body, Actor actor) {
        if (body.unitId() == null || blank(body.referenceNumber()) || body.issuedOn() == null || blank(body.issuer())
                || body.validFrom() == null || body.validTo() == null || body.reasonCategory() == null) {
            throw new InvalidMeeting("invalid-request",
                    "Cần nhập số, ngày, cơ quan ban hành, thời hạn và lý do của văn bản cho phép.");
        }
        if (body.validTo().isBefore(body.validFrom())) {
            throw new InvalidMeeting("invalid-request", "Ngày hết hiệu lực phải sau ngày có hiệu lực.");
        }
        var unit = recordable(body.unitId(), actor);
        var unable = body.unableMemberIds() == null ? List.<UUID>of() : body.unableMemberIds().stream().distinct().toList();
        var count = count(unit, body.issuedOn(), unable);
        var authorisation = new OnlineAuthorisation(UUID.randomUUID(), unit.id(), body.referenceNumber().strip(),
                body.issuedOn(), body.issuer().strip(), body.validFrom(), body.validTo(), body.reasonCategory(),
                blank(body.reasonNote()) ? null : body.reasonNote().strip(), unable, count.countedMembers(),
                count.moreThanHalf(), null, null, actor.username(), clock.instant());
        authorisations.insert(authorisation);
        auditor.record("online-authorisation-recorded", "online-authorisation", authorisation.id(), unit.id(),
                Map.of("referenceNumber", authorisation.referenceNumber(), "validTo", authorisation.validTo().toString(),
                        "moreThanHalf", String.valueOf(count.moreThanHalf())));
        return resource(authorisation);
    }

    Resource revoke(UUID id, String reason, Actor actor) {
        var authorisation = authorisations.find(id).orElseThrow(MeetingRefusals::authorisationNotFound);
        recordable(authorisation.unitId(), actor);
        if (blank(reason)) {
            throw new InvalidMeeting("reason-required", "Cần nêu lý do thu hồi.");
        }
        if (!authorisations.revoke(id, clock.instant(), reason.strip())) {
            throw new MeetingRefusals.RuleRefusal("authorisation-already-revoked", Rule.R1, "Văn bản này đã bị thu hồi.");
        }
        auditor.record("online-authorisation-revoked", "online-authorisation", id, authorisation.unitId(),
                Map.of("reason", reason.strip()));
        return resource(authorisations.find(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    Count check(UUID unitId, LocalDate issuedOn, List<UUID> unableMemberIds, Actor actor) {
        var unit = recordable(unitId, actor);
        return count(unit, issuedOn == null ? LocalDate.now(clock.withZone(VietnamTime.ZONE)) : issuedOn,
                unableMemberIds == null ? List.of() : unableMemberIds.stream().distinct().toList());
    }

    private UnitView recordable(UUID unitId, Actor actor) {
        var unit = directory.unit(unitId).filter(u -> !u.dissolved()).orElseThrow(MeetingRefusals::unitNotFound);
        if (unit.kind() == UnitKind.PARTY_GROUP) {
            throw new InvalidMeeting("authorisation-unit-invalid",
                    "Văn bản cho phép cấp cho chi bộ hoặc đảng bộ, không cấp cho tổ đảng.");
        }
        if (!access.mayRecordAuthorisation(actor, unitId)) {
            throw new AccessDenied("Chỉ cấp ủy cấp trên (kiểm tra viên, quản trị) mới được ghi nhận văn bản cho phép này.");
        }
        return unit;
    }

    /** R2 on the date: members of every cell of the unit, less exempt and suspended ones. */
    Count count(UnitView unit, LocalDate date, List<UUID> unable) {
        var standings = new ArrayList<MemberStanding>();
        if (unit.kind() == UnitKind.CELL) {
            standings.addAll(directory.standingsOn(unit.id(), date));
        }
        else {
            directory.unitsWithin(unit.id()).stream().filter(u -> u.kind() == UnitKind.CELL)
                    .forEach(c -> standings.addAll(directory.standingsOn(c.id(), date)));
        }
        var counted = new HashSet<UUID>();
        var all = new HashSet<UUID>();
        standings.forEach(s -> {
            all.add(s.member().id());
            if (s.countsForInPersonTest()) {
                counted.add(s.member().id());
            }
        });
        var strangers = unable.stream().filter(id -> !all.contains(id)).toList();
        if (!strangers.isEmpty()) {
            throw new InvalidMeeting("unable-member-not-in-unit",
                    "Có " + strangers.size() + " người trong danh sách không phải đảng viên của tổ chức này vào ngày ban hành.");
        }
        var unableCounted = (int) unable.stream().filter(counted::contains).count();
        var moreThanHalf = unableCounted * 2 > counted.size();
        var warnings = moreThanHalf ? List.<MeetingWarning>of() : List.of(new MeetingWarning("authorisation-below-half",
                Rule.R2, "Chỉ " + unableCounted + "/" + counted.size()
                        + " đảng viên (không tính người miễn sinh hoạt, đình chỉ sinh hoạt) không thể sinh hoạt trực tiếp; "
                        + "Hướng dẫn 03-HD/TW cần quá một nửa."));
        return new Count(counted.size(), unableCounted, counted.size() / 2 + 1, moreThanHalf, warnings);
    }

    private Resource resource(OnlineAuthorisation a) {
        var today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        var warnings = a.moreThanHalf() ? List.<MeetingWarning>of() : List.of(new MeetingWarning(
                "authorisation-below-half", Rule.R2, "Chưa quá một nửa số đảng viên không thể sinh hoạt trực tiếp."));
        return new Resource(a.id(), a.unitId(), directory.unit(a.unitId()).map(UnitView::name).orElse(null),
                a.referenceNumber(), a.issuedOn(), a.issuer(), a.validFrom(), a.validTo(), a.reasonCategory(),
                a.reasonNote(), a.unableMemberIds(), a.countedMembers(), a.unableMemberIds().size(), a.moreThanHalf(),
                a.validOn(today), a.revokedAt(), a.revokedReason(), a.recordedBy(), a.recordedAt(), warnings);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
