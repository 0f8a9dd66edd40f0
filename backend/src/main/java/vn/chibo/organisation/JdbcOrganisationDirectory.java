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

    private MemberView view(Member member) {
        var now = members.currentMemberships(List.of(member.id())).get(member.id());
        return new MemberView(member.id(), member.cardNumber(), member.fullName(), member.status(),
                now == null ? null : now.cellId(), now == null ? null : now.groupId());
    }
}
