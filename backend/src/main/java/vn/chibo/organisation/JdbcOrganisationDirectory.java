package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The organisation module's answers to other modules; they decide themselves who may see what. */
@Component
@Transactional(readOnly = true)
class JdbcOrganisationDirectory implements OrganisationDirectory {

    private final JdbcUnits units;
    private final JdbcMembers members;

    JdbcOrganisationDirectory(JdbcUnits units, JdbcMembers members) {
        this.units = units;
        this.members = members;
    }

    @Override
    public Optional<UnitView> unit(UUID unitId) {
        return units.find(unitId).map(Unit::view);
    }

    @Override
    public Optional<MemberView> member(UUID memberId) {
        return members.find(memberId).map(this::view);
    }

    @Override
    public Optional<MemberView> memberByCardNumber(String cardNumber) {
        return members.findByCard(MemberRules.normaliseCard(cardNumber)).map(this::view);
    }

    @Override
    public boolean isWithin(UUID unitId, UUID ancestorId) {
        var unit = units.find(unitId);
        var ancestor = units.find(ancestorId);
        return unit.isPresent() && ancestor.isPresent() && unit.get().isWithin(ancestor.get());
    }

    @Override
    public List<MemberView> membersOn(UUID unitId, LocalDate date) {
        return members.membersOn(unitId, date);
    }

    @Override
    public List<MemberStanding> standingsOn(UUID unitId, LocalDate date) {
        var on = members.membersOn(unitId, date);
        var flags = members.flags(on.stream().map(MemberView::id).toList());
        return on.stream().map(m -> {
            var active = flags.getOrDefault(m.id(), List.of()).stream().filter(f -> f.activeOn(date)).map(MemberFlag::kind).toList();
            return new MemberStanding(m, active.contains(MemberFlag.Kind.EXEMPT), active.contains(MemberFlag.Kind.SUSPENDED),
                    active.contains(MemberFlag.Kind.TRANSFERRED_OUT));
        }).toList();
    }

    @Override
    public List<UnitView> unitsWithin(UUID unitId) {
        var root = units.find(unitId);
        if (root.isEmpty()) {
            return List.of();
        }
        return units.subtrees(List.of(root.get())).stream().filter(u -> u.id().equals(unitId) || !u.dissolved())
                .map(Unit::view).toList();
    }

    @Override
    public List<PartyGroupView> partyGroups(UUID cellId) {
        var cell = units.find(cellId);
        if (cell.isEmpty() || cell.get().kind() != UnitKind.CELL) {
            return List.of();
        }
        return units.subtrees(List.of(cell.get())).stream()
                .filter(u -> u.kind() == UnitKind.PARTY_GROUP && !u.dissolved())
                .map(u -> new PartyGroupView(u.id(), cellId, u.code(), u.name(), u.leaderMemberId(), u.deputyMemberId()))
                .toList();
    }

    private MemberView view(Member member) {
        var now = members.currentMemberships(List.of(member.id())).get(member.id());
        return new MemberView(member.id(), member.cardNumber(), member.fullName(), member.status(),
                now == null ? null : now.cellId(), now == null ? null : now.groupId());
    }
}
