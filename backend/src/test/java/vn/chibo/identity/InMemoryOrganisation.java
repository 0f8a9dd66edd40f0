package vn.chibo.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

import vn.chibo.organisation.MemberStatus;
import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitKind;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.audit.AuditEvent;

/**
 * A small organisation for identity's tests, standing in for the organisation module: the city committee
 * TU-TANAN with two grassroots organisations, the story cell CB-XAYDUNG under the first and the large cell
 * CB-KP3 with group TO-KP3-1 under the second. Static, so that several application contexts (nodes) share it.
 * Also records every audit event, since no audit module listens in these tests.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryOrganisation {

    static final Map<UUID, UnitView> UNITS = new ConcurrentHashMap<>();
    static final Map<UUID, MemberView> MEMBERS = new ConcurrentHashMap<>();
    static final List<AuditEvent> AUDITED = new CopyOnWriteArrayList<>();

    static final UnitView CITY = unit(UnitKind.COMMITTEE, "TU-TANAN", "Thành ủy Tân An", null);
    static final UnitView WARD_1 = unit(UnitKind.GRASSROOTS, "DB-P1", "Đảng bộ Phường 1", CITY);
    static final UnitView WARD_3 = unit(UnitKind.GRASSROOTS, "DB-P3", "Đảng bộ Phường 3", CITY);
    static final UnitView XAYDUNG = unit(UnitKind.CELL, "CB-XAYDUNG", "Chi bộ Xây dựng", WARD_1);
    static final UnitView KP3 = unit(UnitKind.CELL, "CB-KP3", "Chi bộ Khu phố 3", WARD_3);
    static final UnitView KP3_GROUP_1 = unit(UnitKind.PARTY_GROUP, "TO-KP3-1", "Tổ đảng 1", KP3);

    private static UnitView unit(UnitKind kind, String code, String name, UnitView parent) {
        var path = new ArrayList<UUID>();
        if (parent != null) {
            path.addAll(parent.path());
            path.add(parent.id());
        }
        var unit = new UnitView(UUID.randomUUID(), kind, code, name, parent == null ? null : parent.id(), path, false);
        UNITS.put(unit.id(), unit);
        return unit;
    }

    /** A new member of the cell (or of the group, whose cell is its parent). */
    static MemberView member(String fullName, UnitView cellOrGroup) {
        var group = cellOrGroup.kind() == UnitKind.PARTY_GROUP ? cellOrGroup.id() : null;
        var cell = group == null ? cellOrGroup.id() : cellOrGroup.parentId();
        var member = new MemberView(UUID.randomUUID(), "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                fullName, MemberStatus.OFFICIAL, cell, group);
        MEMBERS.put(member.id(), member);
        return member;
    }

    @Bean
    @Primary
    OrganisationDirectory inMemoryDirectory() {
        return new OrganisationDirectory() {
            @Override
            public Optional<UnitView> unit(UUID unitId) {
                return Optional.ofNullable(UNITS.get(unitId));
            }

            @Override
            public Optional<MemberView> member(UUID memberId) {
                return Optional.ofNullable(MEMBERS.get(memberId));
            }

            @Override
            public Optional<MemberView> memberByCardNumber(String cardNumber) {
                return MEMBERS.values().stream().filter(m -> m.cardNumber().equals(cardNumber)).findFirst();
            }

            @Override
            public boolean isWithin(UUID unitId, UUID ancestorId) {
                var unit = UNITS.get(unitId);
                return unit != null && (unit.id().equals(ancestorId) || unit.path().contains(ancestorId));
            }

            @Override
            public List<MemberView> membersOn(UUID unitId, LocalDate date) {
                return MEMBERS.values().stream()
                        .filter(m -> unitId.equals(m.cellId()) || unitId.equals(m.groupId())).toList();
            }
        };
    }

    @Bean
    AuditRecorder auditRecorder() {
        return new AuditRecorder();
    }

    static class AuditRecorder {

        @EventListener
        void on(AuditEvent event) {
            AUDITED.add(event);
        }
    }
}
