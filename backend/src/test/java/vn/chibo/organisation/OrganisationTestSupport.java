package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Base of the organisation module's integration tests: the real PostgreSQL of the test run, MockMvc with an
 * {@link Actor} as principal, and a small city of its own per test (codes carry a random suffix, so tests
 * sharing the database never meet).
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
abstract class OrganisationTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    OrganisationTree tree;

    @Autowired
    JdbcUnits units;

    @Autowired
    JdbcMembers members;

    @Autowired
    OrganisationDirectory directory;

    static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);

    /** Thành ủy → two grassroots organisations → a cell under each; the first cell has a party group. */
    record City(Unit committee, Unit ward1, Unit ward3, Unit cellA, Unit groupA1, Unit cellB, String suffix) {
    }

    City city() {
        var suffix = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(4).putInt(ThreadLocalRandom.current().nextInt()).array());
        var committee = tree.create(UnitKind.COMMITTEE, UUID.randomUUID(), "TU-" + suffix, "Thành ủy Thử " + suffix, null, FOUNDED);
        var ward1 = tree.create(UnitKind.GRASSROOTS, UUID.randomUUID(), "DU1-" + suffix, "Đảng ủy Phường 1", committee, FOUNDED);
        var ward3 = tree.create(UnitKind.GRASSROOTS, UUID.randomUUID(), "DU3-" + suffix, "Đảng ủy Phường 3", committee, FOUNDED);
        var cellA = tree.create(UnitKind.CELL, UUID.randomUUID(), "CBA-" + suffix, "Chi bộ Khu phố A", ward1, FOUNDED);
        var groupA1 = tree.create(UnitKind.PARTY_GROUP, UUID.randomUUID(), "TOA1-" + suffix, "Tổ đảng A1", cellA, FOUNDED);
        var cellB = tree.create(UnitKind.CELL, UUID.randomUUID(), "CBB-" + suffix, "Chi bộ Khu phố B", ward3, FOUNDED);
        return new City(committee, ward1, ward3, cellA, groupA1, cellB, suffix);
    }

    /** A member stored directly (no access check), belonging to the cell (and group) since {@code from}. */
    Member member(String fullName, Unit cell, Unit group, LocalDate from) {
        var card = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        var member = new Member(UUID.randomUUID(), card, fullName, LocalDate.of(1980, 5, 17), LocalDate.of(2005, 3, 2),
                LocalDate.of(2006, 3, 2), MemberStatus.OFFICIAL, 0);
        members.insert(List.of(member));
        members.insertMemberships(List.of(new Membership(UUID.randomUUID(), member.id(), cell.id(),
                group == null ? null : group.id(), from, null)));
        return member;
    }

    static Actor actor(Role role, Unit unit) {
        return new Actor(UUID.randomUUID(), null, role.name().toLowerCase() + "-" + unit.code(), "Người thử",
                List.of(new Grant(role, unit.id())));
    }

    static Actor plainMember(Member member) {
        return new Actor(UUID.randomUUID(), member.id(), "dv-" + member.cardNumber(), member.fullName(), List.of());
    }

    static RequestPostProcessor as(Actor actor) {
        return authentication(new ActorAuthentication(actor));
    }
}
