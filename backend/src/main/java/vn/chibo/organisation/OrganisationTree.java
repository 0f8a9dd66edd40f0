package vn.chibo.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.organisation.OrganisationRefusals.FieldError;
import vn.chibo.organisation.OrganisationRefusals.InvalidInput;
import vn.chibo.organisation.OrganisationRefusals.TreeChangeRefused;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.time.VietnamTime;

/** The party tree: adding, renaming, moving and dissolving units, with every period kept in the history. */
@Service
class OrganisationTree {

    private final JdbcUnits units;
    private final JdbcMembers members;
    private final OrganisationAccess access;
    private final Auditor auditor;
    private final Clock clock;

    OrganisationTree(JdbcUnits units, JdbcMembers members, OrganisationAccess access, Auditor auditor, Clock clock) {
        this.units = units;
        this.members = members;
        this.access = access;
        this.auditor = auditor;
        this.clock = clock;
    }

    record UnitDetails(Unit unit, long memberCount) {
    }

    @Transactional(readOnly = true)
    List<UnitDetails> visibleUnits() {
        var reach = access.reach();
        var visible = units.subtrees(reach.visibleRoots());
        var counts = units.memberCounts(visible);
        return treeOrder(visible).stream().map(u -> new UnitDetails(u, counts.getOrDefault(u.id(), 0L))).toList();
    }

    @Transactional(readOnly = true)
    UnitDetails unit(UUID id) {
        var unit = units.find(id).orElseThrow(OrganisationRefusals::unitNotFound);
        var reach = access.reach();
        reach.require(reach.mayReadUnit(unit), "xem tổ chức này");
        return details(unit);
    }

    @Transactional(readOnly = true)
    List<JdbcUnits.UnitHistoryEntry> history(UUID id) {
        var unit = units.find(id).orElseThrow(OrganisationRefusals::unitNotFound);
        var reach = access.reach();
        reach.require(reach.mayReadUnit(unit), "xem tổ chức này");
        return units.history(id);
    }

    @Transactional
    UnitDetails add(UnitKind kind, String code, String name, UUID parentId, LocalDate validFrom) {
        var parent = units.find(parentId).orElseThrow(OrganisationRefusals::unitNotFound);
        var reach = access.reach();
        reach.require(reach.mayAdminister(parent), "thêm tổ chức dưới đơn vị này");
        var date = validFrom == null ? today() : validFrom;
        var errors = new ArrayList<FieldError>();
        if (!Unit.mayHangBelow(kind, parent.kind())) {
            errors.add(new FieldError("kind", "Loại tổ chức này không thể trực thuộc " + parent.name() + "."));
        }
        if (parent.dissolved()) {
            errors.add(new FieldError("parentId", "Tổ chức cấp trên đã giải thể."));
        }
        validateNameAndCode(code, name, errors);
        if (date.isBefore(parent.validFrom())) {
            errors.add(new FieldError("validFrom", "Ngày thành lập không được trước ngày thành lập của tổ chức cấp trên."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        var created = create(kind, UUID.randomUUID(), code.trim(), name.trim(), parent, date);
        auditor.record("unit-created", "unit", created.id(), created.id(), Map.of("code", created.code(), "name", created.name()));
        return details(created);
    }

    /** Creates a unit without an access check: for roots and demo data, never for a request. */
    Unit create(UnitKind kind, UUID id, String code, String name, Unit parent, LocalDate validFrom) {
        if (units.findByCode(code).filter(u -> !u.id().equals(id)).isPresent()) {
            throw new TreeChangeRefused("unit-code-taken", "Mã tổ chức " + code + " đã được dùng.");
        }
        var unit = new Unit(id, kind, code, name, parent == null ? null : parent.id(), Unit.pathOf(parent, id),
                validFrom, null, null, null, 0);
        if (units.insert(unit)) {
            units.addHistory(id, "CREATED", validFrom, name, unit.parentId(), username());
        }
        return units.find(id).orElseThrow();
    }

    @Transactional
    UnitDetails rename(UUID id, String name, LocalDate validFrom) {
        var unit = changeable(id);
        var date = validFrom == null ? today() : validFrom;
        var errors = new ArrayList<FieldError>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "Tên tổ chức không được để trống."));
        }
        checkDateAfterLastChange(unit, date, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        units.rename(id, name.trim());
        units.addHistory(id, "RENAMED", date, name.trim(), unit.parentId(), username());
        auditor.record("unit-renamed", "unit", id, id, Map.of("from", unit.name(), "to", name.trim()));
        return details(units.find(id).orElseThrow());
    }

    @Transactional
    UnitDetails move(UUID id, UUID parentId, LocalDate validFrom) {
        var unit = changeable(id);
        var parent = units.find(parentId).orElseThrow(OrganisationRefusals::unitNotFound);
        var reach = access.reach();
        reach.require(reach.mayAdminister(parent), "chuyển tổ chức sang đơn vị này");
        var date = validFrom == null ? today() : validFrom;
        var errors = new ArrayList<FieldError>();
        if (parent.isWithin(unit)) {
            errors.add(new FieldError("parentId", "Không thể chuyển một tổ chức vào bên trong chính nó."));
        }
        else if (!Unit.mayHangBelow(unit.kind(), parent.kind())) {
            errors.add(new FieldError("parentId", "Loại tổ chức này không thể trực thuộc " + parent.name() + "."));
        }
        if (parent.dissolved()) {
            errors.add(new FieldError("parentId", "Tổ chức cấp trên đã giải thể."));
        }
        checkDateAfterLastChange(unit, date, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        units.moveSubtree(unit, parent);
        units.addHistory(id, "MOVED", date, unit.name(), parent.id(), username());
        auditor.record("unit-moved", "unit", id, id, Map.of("from", String.valueOf(unit.parentId()), "to", parent.id().toString()));
        return details(units.find(id).orElseThrow());
    }

    @Transactional
    UnitDetails dissolve(UUID id, LocalDate date, String reason) {
        var unit = changeable(id);
        var on = date == null ? today() : date;
        var errors = new ArrayList<FieldError>();
        checkDateAfterLastChange(unit, on, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (units.liveChildren(id) > 0) {
            throw new TreeChangeRefused("unit-has-children", "Tổ chức còn đơn vị trực thuộc chưa giải thể.");
        }
        if (units.memberCounts(List.of(unit)).getOrDefault(id, 0L) > 0) {
            throw new TreeChangeRefused("unit-has-members", "Tổ chức còn đảng viên sinh hoạt.");
        }
        units.dissolve(id, on);
        units.addHistory(id, "DISSOLVED", on, unit.name(), unit.parentId(), username());
        auditor.record("unit-dissolved", "unit", id, id, Map.of("reason", reason == null ? "" : reason));
        return details(units.find(id).orElseThrow());
    }

    @Transactional
    UnitDetails setLeaders(UUID id, UUID leaderId, UUID deputyId) {
        var group = units.find(id).orElseThrow(OrganisationRefusals::unitNotFound);
        var reach = access.reach();
        reach.require(reach.mayChangeMembersOf(group), "phân công tổ trưởng");
        if (group.kind() != UnitKind.PARTY_GROUP) {
            throw new InvalidInput(List.of(new FieldError("id", "Chỉ tổ đảng mới có tổ trưởng.")));
        }
        var current = members.membersOn(id, today()).stream().map(MemberView::id).toList();
        var errors = new ArrayList<FieldError>();
        if (leaderId != null && !current.contains(leaderId)) {
            errors.add(new FieldError("leaderMemberId", "Tổ trưởng phải là đảng viên của tổ."));
        }
        if (deputyId != null && !current.contains(deputyId)) {
            errors.add(new FieldError("deputyMemberId", "Tổ phó phải là đảng viên của tổ."));
        }
        if (deputyId != null && deputyId.equals(leaderId)) {
            errors.add(new FieldError("deputyMemberId", "Tổ phó phải khác tổ trưởng."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        units.setLeaders(id, leaderId, deputyId);
        auditor.record("group-leaders-set", "unit", id, id, Map.of("leader", String.valueOf(leaderId),
                "deputy", String.valueOf(deputyId)));
        return details(units.find(id).orElseThrow());
    }

    private Unit changeable(UUID id) {
        var unit = units.find(id).orElseThrow(OrganisationRefusals::unitNotFound);
        var reach = access.reach();
        reach.require(reach.mayChangeTree(unit), "thay đổi tổ chức này");
        if (unit.dissolved()) {
            throw new TreeChangeRefused("unit-dissolved", "Tổ chức đã giải thể.");
        }
        return unit;
    }

    private void checkDateAfterLastChange(Unit unit, LocalDate date, List<FieldError> errors) {
        units.lastHistoryStart(unit.id()).filter(date::isBefore).ifPresent(last -> errors.add(new FieldError(
                "validFrom", "Ngày hiệu lực không được trước lần thay đổi gần nhất (" + last + ").")));
    }

    private void validateNameAndCode(String code, String name, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("code", "Mã tổ chức không được để trống."));
        }
        else if (!code.trim().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            errors.add(new FieldError("code", "Mã tổ chức chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang (tối đa 40 ký tự)."));
        }
        else if (units.findByCode(code.trim()).isPresent()) {
            errors.add(new FieldError("code", "Mã tổ chức " + code.trim() + " đã được dùng."));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "Tên tổ chức không được để trống."));
        }
    }

    private UnitDetails details(Unit unit) {
        return new UnitDetails(unit, units.memberCounts(List.of(unit)).getOrDefault(unit.id(), 0L));
    }

    private String username() {
        return access.currentUsername();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }

    /** Depth first, siblings by code, so that a flat list reads as the tree. */
    static List<Unit> treeOrder(List<Unit> units) {
        var children = new HashMap<UUID, List<Unit>>();
        var ids = new java.util.HashSet<UUID>();
        units.forEach(u -> ids.add(u.id()));
        var roots = new ArrayList<Unit>();
        for (var u : units) {
            if (u.parentId() != null && ids.contains(u.parentId())) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
            else {
                roots.add(u);
            }
        }
        var ordered = new ArrayList<Unit>();
        var byCode = Comparator.comparing(Unit::code);
        roots.sort(byCode);
        var stack = new java.util.ArrayDeque<Unit>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            var u = stack.pop();
            ordered.add(u);
            var kids = new ArrayList<>(children.getOrDefault(u.id(), List.of()));
            kids.sort(byCode.reversed());
            kids.forEach(stack::push);
        }
        return ordered;
    }
}
