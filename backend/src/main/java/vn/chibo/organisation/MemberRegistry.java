package vn.chibo.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.organisation.OrganisationRefusals.CardNumberTaken;
import vn.chibo.organisation.OrganisationRefusals.ConcurrentChange;
import vn.chibo.organisation.OrganisationRefusals.FieldError;
import vn.chibo.organisation.OrganisationRefusals.InvalidInput;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.time.VietnamTime;

/** Member records: reading them (audited), entering, correcting, flagging and moving them between cells. */
@Service
class MemberRegistry {

    private final JdbcMembers members;
    private final JdbcUnits units;
    private final JdbcMemberSearch search;
    private final OrganisationAccess access;
    private final Auditor auditor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberRegistry(JdbcMembers members, JdbcUnits units, JdbcMemberSearch search, OrganisationAccess access,
            Auditor auditor, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.units = units;
        this.search = search;
        this.access = access;
        this.auditor = auditor;
        this.events = events;
        this.clock = clock;
    }

    record NewMember(String cardNumber, String fullName, LocalDate dateOfBirth, LocalDate admissionDate,
            LocalDate officialDate, MemberStatus status, UUID cellId, UUID groupId, LocalDate joinedOn) {
    }

    record MemberChange(String cardNumber, String fullName, LocalDate dateOfBirth, LocalDate admissionDate,
            LocalDate officialDate, MemberStatus status, Long version) {
    }

    record NewFlag(MemberFlag.Kind kind, LocalDate from, LocalDate to, UUID otherUnitId, String note) {
    }

    @Transactional
    MemberResource.Page list(UUID unitId, String q, MemberStatus status, MemberFlag.Kind flag, LocalDate onDate,
            int page, int size) {
        var reach = access.reach();
        if (unitId == null) {
            // no unit chosen: the widest part of the tree whose members the actor may read
            unitId = reach.memberScope().map(Unit::id)
                    .orElseThrow(() -> new InvalidInput(List.of(new FieldError("unitId", "Hãy chọn tổ chức."))));
        }
        var unit = units.find(unitId).orElseThrow(OrganisationRefusals::unitNotFound);
        reach.require(reach.mayReadMembersOf(unit), "xem danh sách đảng viên của tổ chức này");
        var date = onDate == null ? today() : onDate;
        var found = search.search(unit, q, status, flag, date, Math.max(page, 0), Math.min(Math.max(size, 1), 500));
        var items = resources(found.rows(), false);
        auditor.record("members-listed", "unit", unitId, unitId, Map.of("count", String.valueOf(items.size())));
        return new MemberResource.Page(items, found.total(), Math.max(page, 0), size);
    }

    /** One member's full record; outside the actor's reach it does not exist. Audited: {@code member-viewed}. */
    @Transactional
    MemberResource get(UUID id) {
        var placed = readable(id);
        auditor.record("member-viewed", "member", id, placed.cellId(), Map.of());
        return resources(List.of(placed), true).get(0);
    }

    @Transactional
    MemberResource create(NewMember input) {
        var cell = input.cellId() == null ? null : units.find(input.cellId()).orElse(null);
        var reach = access.reach();
        if (cell != null) {
            reach.require(reach.mayChangeMembersOf(cell), "thêm đảng viên vào chi bộ này");
        }
        var errors = new ArrayList<FieldError>();
        MemberRules.check(input.cardNumber(), input.fullName(), input.dateOfBirth(), input.admissionDate(),
                input.officialDate(), input.status(), today()).forEach(v -> errors.add(new FieldError(v.field(), v.message())));
        required(input.dateOfBirth(), "dateOfBirth", "Thiếu ngày sinh.", errors);
        required(input.admissionDate(), "admissionDate", "Thiếu ngày vào Đảng.", errors);
        required(input.status(), "status", "Thiếu loại đảng viên (chính thức / dự bị).", errors);
        var group = placement(cell, input.cellId(), input.groupId(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        var card = MemberRules.normaliseCard(input.cardNumber());
        if (members.findByCard(card).isPresent()) {
            throw new CardNumberTaken(card);
        }
        var member = new Member(UUID.randomUUID(), card, input.fullName().trim(), input.dateOfBirth(),
                input.admissionDate(), input.officialDate(), input.status(), 0);
        members.insert(List.of(member));
        var joined = input.joinedOn() == null ? input.admissionDate() : input.joinedOn();
        members.insertMemberships(List.of(new Membership(UUID.randomUUID(), member.id(), cell.id(),
                group == null ? null : group.id(), joined, null)));
        events.publishEvent(new MembersRegistered(List.of(new MembersRegistered.Registered(member.id(), card,
                member.fullName(), cell.id()))));
        auditor.record("member-created", "member", member.id(), cell.id(), Map.of("cardNumber", card));
        return resources(List.of(new Placed(member, cell.id(), member.id())), true).get(0);
    }

    @Transactional
    MemberResource change(UUID id, MemberChange change) {
        var placed = changeable(id);
        var current = placed.member();
        if (change.version() == null) {
            throw new InvalidInput(List.of(new FieldError("version", "Thiếu phiên bản của hồ sơ.")));
        }
        var status = change.status() == null ? current.status() : change.status();
        var official = change.officialDate() != null ? change.officialDate()
                : status == MemberStatus.PROBATIONARY ? null : current.officialDate();
        var next = new Member(id, change.cardNumber() == null ? current.cardNumber() : MemberRules.normaliseCard(change.cardNumber()),
                change.fullName() == null ? current.fullName() : change.fullName().trim(),
                change.dateOfBirth() == null ? current.dateOfBirth() : change.dateOfBirth(),
                change.admissionDate() == null ? current.admissionDate() : change.admissionDate(), official, status,
                change.version());
        var errors = MemberRules.check(next.cardNumber(), next.fullName(), next.dateOfBirth(), next.admissionDate(),
                next.officialDate(), next.status(), today()).stream().map(v -> new FieldError(v.field(), v.message())).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!next.cardNumber().equals(current.cardNumber()) && members.findByCard(next.cardNumber()).isPresent()) {
            throw new CardNumberTaken(next.cardNumber());
        }
        if (members.update(List.of(next)) != 1) {
            throw new ConcurrentChange();
        }
        auditor.record("member-changed", "member", id, placed.cellId(), changedFields(current, next));
        return resources(List.of(new Placed(members.find(id).orElseThrow(), placed.cellId(), id)), true).get(0);
    }

    @Transactional
    MemberResource addFlag(UUID id, NewFlag input) {
        var placed = changeable(id);
        var errors = new ArrayList<FieldError>();
        required(input.kind(), "kind", "Thiếu loại diện (miễn sinh hoạt, đình chỉ, chuyển sinh hoạt tạm thời).", errors);
        required(input.from(), "from", "Thiếu ngày bắt đầu.", errors);
        if (input.from() != null && input.to() != null && input.to().isBefore(input.from())) {
            errors.add(new FieldError("to", "Ngày kết thúc phải sau ngày bắt đầu."));
        }
        Unit other = null;
        if (input.kind() == MemberFlag.Kind.TRANSFERRED_OUT || input.kind() == MemberFlag.Kind.TRANSFERRED_IN) {
            other = input.otherUnitId() == null ? null : units.find(input.otherUnitId()).orElse(null);
            if (other == null) {
                errors.add(new FieldError("otherUnitId", "Hãy chọn tổ chức chuyển đến / chuyển từ."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        var flag = new MemberFlag(UUID.randomUUID(), id, input.kind(), input.from(), input.to(),
                other == null ? null : other.id(), input.note());
        members.addFlag(flag);
        members.bumpVersion(id, placed.member().version());
        auditor.record("member-flagged", "member", id, placed.cellId(), Map.of("kind", flag.kind().name(),
                "from", flag.from().toString(), "to", String.valueOf(flag.to())));
        return get(id);
    }

    @Transactional
    MemberResource endFlag(UUID id, UUID flagId) {
        var placed = changeable(id);
        var flag = members.flags(List.of(id)).getOrDefault(id, List.of()).stream().filter(f -> f.id().equals(flagId))
                .findFirst().orElseThrow(() -> new InvalidInput(List.of(new FieldError("flagId", "Không có diện này."))));
        var today = today();
        var end = flag.from().isAfter(today) ? flag.from() : today;
        if (flag.to() == null || flag.to().isAfter(end)) {
            members.endFlag(id, flagId, end);
            members.bumpVersion(id, placed.member().version());
        }
        auditor.record("member-flag-ended", "member", id, placed.cellId(), Map.of("kind", flag.kind().name()));
        return get(id);
    }

    @Transactional
    MemberResource move(UUID id, UUID cellId, UUID groupId, LocalDate date) {
        var placed = changeable(id);
        var reach = access.reach();
        var errors = new ArrayList<FieldError>();
        var cell = cellId == null ? null : units.find(cellId).orElse(null);
        var group = placement(cell, cellId, groupId, errors);
        if (cell != null) {
            reach.require(reach.mayChangeMembersOf(cell), "chuyển đảng viên sang chi bộ này");
        }
        var on = date == null ? today() : date;
        var current = members.currentMemberships(List.of(id)).get(id);
        if (current != null && on.isBefore(current.from())) {
            errors.add(new FieldError("date", "Ngày chuyển không được trước ngày bắt đầu sinh hoạt hiện tại (" + current.from() + ")."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        members.move(List.of(new Membership(UUID.randomUUID(), id, cell.id(), group == null ? null : group.id(), on, null)), on);
        members.bumpVersion(id, placed.member().version());
        auditor.record("member-moved", "member", id, cell.id(), Map.of("from", String.valueOf(placed.cellId()),
                "to", cell.id().toString(), "date", on.toString()));
        return get(id);
    }

    /** Members of a cell or group on a date (R14 denominators start here). */
    @Transactional(readOnly = true)
    List<MemberView> membersOn(UUID unitId, LocalDate date) {
        var unit = units.find(unitId).orElseThrow(OrganisationRefusals::unitNotFound);
        var reach = access.reach();
        reach.require(reach.mayReadMembersOf(unit), "xem đảng viên của tổ chức này");
        return members.membersOn(unitId, date == null ? today() : date);
    }

    /** A member, where they belong now, and whether the actor may see them at all. */
    record Placed(Member member, UUID cellId, UUID memberId) {
    }

    private Placed locate(UUID id) {
        var member = members.find(id).orElseThrow(OrganisationRefusals::memberNotFound);
        var current = members.currentMemberships(List.of(id)).get(id);
        if (current == null) {
            var all = members.memberships(id);
            current = all.isEmpty() ? null : all.get(all.size() - 1);
        }
        return new Placed(member, current == null ? null : current.cellId(), id);
    }

    private Placed readable(UUID id) {
        var placed = locate(id);
        var reach = access.reach();
        if (reach.isOwnRecord(id)) {
            return placed;
        }
        var membership = members.currentMemberships(List.of(id)).get(id);
        var where = membership == null ? null
                : units.find(membership.groupId() != null ? membership.groupId() : membership.cellId()).orElse(null);
        if (where == null || !reach.mayReadMembersOf(where)) {
            throw OrganisationRefusals.memberNotFound();
        }
        return placed;
    }

    private Placed changeable(UUID id) {
        var placed = readable(id);
        var cell = placed.cellId() == null ? null : units.find(placed.cellId()).orElse(null);
        var reach = access.reach();
        reach.require(cell != null && reach.mayChangeMembersOf(cell), "thay đổi hồ sơ đảng viên này");
        return placed;
    }

    private Unit placement(Unit cell, UUID cellId, UUID groupId, List<FieldError> errors) {
        if (cellId == null) {
            errors.add(new FieldError("cellId", "Hãy chọn chi bộ."));
            return null;
        }
        if (cell == null || cell.kind() != UnitKind.CELL) {
            errors.add(new FieldError("cellId", "Không có chi bộ này."));
            return null;
        }
        if (cell.dissolved()) {
            errors.add(new FieldError("cellId", "Chi bộ đã giải thể."));
        }
        if (groupId == null) {
            return null;
        }
        var group = units.find(groupId).orElse(null);
        if (group == null || group.kind() != UnitKind.PARTY_GROUP || !cell.id().equals(group.parentId())) {
            errors.add(new FieldError("groupId", "Tổ đảng không thuộc chi bộ đã chọn."));
            return null;
        }
        return group;
    }

    /** Resources for the members, with unit names and flags fetched once for all of them. */
    List<MemberResource> resources(List<Placed> placed, boolean withHistory) {
        var ids = placed.stream().map(Placed::memberId).toList();
        var current = members.currentMemberships(ids);
        var flags = members.flags(ids);
        var histories = new HashMap<UUID, List<Membership>>();
        Set<UUID> unitIds = new HashSet<>();
        current.values().forEach(m -> {
            unitIds.add(m.cellId());
            if (m.groupId() != null) {
                unitIds.add(m.groupId());
            }
        });
        flags.values().forEach(list -> list.forEach(f -> {
            if (f.otherUnitId() != null) {
                unitIds.add(f.otherUnitId());
            }
        }));
        if (withHistory) {
            for (var id : ids) {
                var history = members.memberships(id);
                histories.put(id, history);
                history.forEach(m -> {
                    unitIds.add(m.cellId());
                    if (m.groupId() != null) {
                        unitIds.add(m.groupId());
                    }
                });
            }
        }
        var names = units.findAll(unitIds);
        var result = new ArrayList<MemberResource>();
        for (var p : placed) {
            var m = p.member();
            var now = current.get(m.id());
            var cellId = now == null ? p.cellId() : now.cellId();
            var groupId = now == null ? null : now.groupId();
            var flagResources = flags.getOrDefault(m.id(), List.of()).stream().map(f -> new MemberResource.Flag(f.id(),
                    f.kind(), f.from(), f.to(), f.otherUnitId(), nameOf(names, f.otherUnitId()), f.note())).toList();
            var periods = withHistory ? histories.get(m.id()).stream().map(h -> new MemberResource.Period(h.cellId(),
                    nameOf(names, h.cellId()), h.groupId(), nameOf(names, h.groupId()), h.from(), h.to())).toList() : null;
            result.add(new MemberResource(m.id(), m.cardNumber(), m.fullName(), m.dateOfBirth(), m.admissionDate(),
                    m.officialDate(), m.status(), cellId, nameOf(names, cellId), groupId, nameOf(names, groupId),
                    flagResources, periods, m.version()));
        }
        return result;
    }

    private static String nameOf(Map<UUID, Unit> units, UUID id) {
        var unit = id == null ? null : units.get(id);
        return unit == null ? null : unit.name();
    }

    private static void required(Object value, String field, String message, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, message));
        }
    }

    private static Map<String, String> changedFields(Member before, Member after) {
        var changed = new HashMap<String, String>();
        if (!before.cardNumber().equals(after.cardNumber())) changed.put("cardNumber", after.cardNumber());
        if (!before.fullName().equals(after.fullName())) changed.put("fullName", after.fullName());
        if (!before.dateOfBirth().equals(after.dateOfBirth())) changed.put("dateOfBirth", after.dateOfBirth().toString());
        if (!before.admissionDate().equals(after.admissionDate())) changed.put("admissionDate", after.admissionDate().toString());
        if (!java.util.Objects.equals(before.officialDate(), after.officialDate())) changed.put("officialDate", String.valueOf(after.officialDate()));
        if (before.status() != after.status()) changed.put("status", after.status().name());
        return changed;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }
}
