package vn.chibo.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.time.VietnamTime;
import vn.chibo.testing.CityTestSupport;
import vn.chibo.testing.MutableClock;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Base of the meeting module's integration tests: the real PostgreSQL of the test run, MockMvc with an
 * {@link Actor} as principal, a clock the test sets, and a small city of its own per test written straight
 * into the organisation tables (random codes, so tests sharing the database never meet).
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(MeetingTestSupport.Clocks.class)
abstract class MeetingTestSupport extends CityTestSupport {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcMeetings meetings;

    @Autowired
    JdbcOnlineAuthorisations authorisations;

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    /** Committee → grassroots → a cell of {@code size} members (the first is the secretary) and optionally groups. */
    record City(Unit committee, Unit grassroots, Unit cell, List<Unit> groups, Person secretary, Person member,
            Person outsider, Person reviewer, Person admin, List<UUID> memberIds, Unit otherCell) {
    }

    City city(int size, int groups) {
        var suffix = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(4).putInt(ThreadLocalRandom.current().nextInt()).array());
        var committee = unit("COMMITTEE", "TU-" + suffix, "Thành ủy Thử", null);
        var grassroots = unit("GRASSROOTS", "DU-" + suffix, "Đảng ủy Phường Thử", committee);
        var cell = unit("CELL", "CB-" + suffix, "Chi bộ Thử " + suffix, grassroots);
        var otherCell = unit("CELL", "CBX-" + suffix, "Chi bộ Khác " + suffix, grassroots);
        var groupUnits = new ArrayList<Unit>();
        for (int g = 1; g <= groups; g++) {
            groupUnits.add(unit("PARTY_GROUP", "TO" + g + "-" + suffix, "Tổ đảng " + g, cell));
        }
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < size; i++) {
            var group = groupUnits.isEmpty() ? null : groupUnits.get(i % groupUnits.size());
            ids.add(member("Đảng viên " + i, cell, group, LocalDate.of(2015, 1, 1)));
        }
        for (var group : groupUnits) {
            var leader = ids.get(groupUnits.indexOf(group));
            jdbc.sql("update organisation.unit set leader_member_id = :leader where id = :id").param("leader", leader)
                    .param("id", group.id()).update();
        }
        var secretary = new Person(ids.get(0), actor(ids.get(0), "bithu-" + suffix, new Grant(Role.SECRETARY, cell.id())));
        var member = new Person(ids.get(1), actor(ids.get(1), "dv-" + suffix, null));
        var outsiderId = member("Người ngoài", otherCell, null, LocalDate.of(2015, 1, 1));
        var outsider = new Person(outsiderId, actor(outsiderId, "ngoai-" + suffix, null));
        var reviewerId = member("Cán bộ Thành ủy", otherCell, null, LocalDate.of(2015, 1, 1));
        var reviewer = new Person(reviewerId, actor(reviewerId, "reviewer-" + suffix, new Grant(Role.REVIEWER, committee.id())));
        var adminId = member("Quản trị", otherCell, null, LocalDate.of(2015, 1, 1));
        var admin = new Person(adminId, actor(adminId, "admin-" + suffix, new Grant(Role.ADMIN, committee.id())));
        return new City(committee, grassroots, cell, groupUnits, secretary, member, outsider, reviewer, admin, ids, otherCell);
    }

    City city() {
        return city(10, 0);
    }

    /** A valid authorisation for the unit, recorded directly. */
    OnlineAuthorisation authorise(Unit unit, LocalDate from, LocalDate to) {
        var a = new OnlineAuthorisation(UUID.randomUUID(), unit.id(), "12-QĐ/TU", from, "Thành ủy Thử", from, to,
                OnlineAuthorisation.ReasonCategory.DISPERSED_WORK, null, List.of(), 10, true, null, null, "test",
                Instant.now());
        authorisations.insert(a);
        return a;
    }

    static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(VietnamTime.ZONE).toInstant();
    }

    /** Next month, day 3, 19:30 local: always in the future. */
    static Instant nextMonth(int hour, int minute) {
        var d = LocalDate.now(VietnamTime.ZONE).plusMonths(1).withDayOfMonth(3);
        return local(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), hour, minute);
    }

    String body(Map<String, ?> fields) {
        return json.writeValueAsString(fields);
    }

    /** Creates a meeting over REST as the secretary and answers its JSON. */
    JsonNode create(City city, String mode, Instant startsAt, int minutes, boolean schedule) throws Exception {
        return create(city, city.cell(), "REGULAR", mode, startsAt, minutes, schedule);
    }

    JsonNode create(City city, Unit unit, String kind, String mode, Instant startsAt, int minutes, boolean schedule)
            throws Exception {
        var result = postJson("/api/meetings", Map.of("unitId", unit.id(), "kind", kind, "mode", mode, "startsAt",
                startsAt.toString(), "endsAt", startsAt.plusSeconds(minutes * 60L).toString(), "schedule", schedule,
                "minuteTakerMemberId", city.member().id()), as(city.secretary()));
        return read(result.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated()));
    }

    static Map<String, Object> item(String title, String type) {
        return Map.of("title", title, "type", type, "classification", "INTERNAL", "plannedMinutes", 15);
    }
}
