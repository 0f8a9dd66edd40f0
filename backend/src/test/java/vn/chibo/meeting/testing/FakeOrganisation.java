package vn.chibo.meeting.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import vn.chibo.organisation.MemberContacts;
import vn.chibo.organisation.MemberStatus;
import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitKind;
import vn.chibo.organisation.UnitView;

/** The organisation module as the meeting tests need it: units, members of each unit, e-mail addresses. */
public final class FakeOrganisation implements OrganisationDirectory, MemberContacts {

    private final Map<UUID, UnitView> units = new ConcurrentHashMap<>();
    private final Map<UUID, MemberView> members = new ConcurrentHashMap<>();
    private final Map<UUID, String> emails = new ConcurrentHashMap<>();

    public UnitView addUnit(UnitKind kind, String name, UUID parentId) {
        var id = UUID.randomUUID();
        var path = new ArrayList<UUID>();
        if (parentId != null) {
            path.addAll(units.get(parentId).path());
            path.add(parentId);
        }
        var unit = new UnitView(id, kind, kind.name() + "-" + id.toString().substring(0, 8), name, parentId, path, false);
        units.put(id, unit);
        return unit;
    }

    public MemberView addMember(String fullName, UUID cellId, UUID groupId, String email) {
        var id = UUID.randomUUID();
        var member = new MemberView(id, String.valueOf(Math.abs(id.getMostSignificantBits() % 1_000_000_000L)), fullName,
                MemberStatus.OFFICIAL, cellId, groupId);
        members.put(id, member);
        if (email != null) {
            emails.put(id, email);
        }
        return member;
    }

    @Override
    public Optional<UnitView> unit(UUID unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    @Override
    public Optional<MemberView> member(UUID memberId) {
        return Optional.ofNullable(members.get(memberId));
    }

    @Override
    public Optional<MemberView> memberByCardNumber(String cardNumber) {
        return members.values().stream().filter(m -> m.cardNumber().equals(cardNumber)).findFirst();
    }

    @Override
    public boolean isWithin(UUID unitId, UUID ancestorId) {
        var unit = units.get(unitId);
        return unit != null && (unitId.equals(ancestorId) || unit.path().contains(ancestorId));
    }

    @Override
    public List<MemberView> membersOn(UUID unitId, LocalDate date) {
        return members.values().stream().filter(m -> unitId.equals(m.cellId()) || unitId.equals(m.groupId())).toList();
    }

    @Override
    public Optional<String> email(UUID memberId) {
        return Optional.ofNullable(emails.get(memberId));
    }

    @Override
    public Map<UUID, String> emails(Collection<UUID> memberIds) {
        var found = new HashMap<UUID, String>();
        memberIds.forEach(id -> {
            if (emails.containsKey(id)) {
                found.put(id, emails.get(id));
            }
        });
        return found;
    }
}
