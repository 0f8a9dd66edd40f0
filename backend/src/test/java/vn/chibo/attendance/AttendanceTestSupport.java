package vn.chibo.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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

import vn.chibo.meeting.MeetingId;
import vn.chibo.room.ParticipantJoined;
import vn.chibo.room.ParticipantLeft;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Base of the attendance module's integration tests: the real PostgreSQL of the test run, the real meeting module
 * (meetings created and run over its REST), MockMvc with an {@link Actor} as principal, a clock the test sets, and
 * a small city of its own per test written straight into the organisation tables.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(AttendanceTestSupport.Clocks.class)
abstract class AttendanceTestSupport extends CityTestSupport {

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
    PresenceFacts roomFacts;

    @Autowired
    JitsiFacts jitsiFacts;

    @Autowired
    AttendanceRecords records;

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    /**
     * Committee → grassroots → a cell of {@code size} members: the first is the secretary (chair), the second the
     * minute-taker, the third an ordinary member; optionally party groups (members spread over them).
     */
    record City(Unit committee, Unit cell, List<Unit> groups, Person secretary, Person minuteTaker, Person member,
            Person reviewer, List<UUID> memberIds) {
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
            ids.add(member(String.format("Đảng viên %02d", i), cell, group));
        }
        for (var group : groupUnits) {
            var leader = ids.get(groupUnits.indexOf(group));
            jdbc.sql("update organisation.unit set leader_member_id = :leader where id = :id").param("leader", leader)
                    .param("id", group.id()).update();
        }
        var secretary = new Person(ids.get(0), actor(ids.get(0), "bithu-" + suffix, new Grant(Role.SECRETARY, cell.id())));
        var minuteTaker = new Person(ids.get(1), actor(ids.get(1), "thuky-" + suffix, null));
        var member = new Person(ids.get(2), actor(ids.get(2), "dv-" + suffix, null));
        var reviewerId = member("Cán bộ Thành ủy", otherCell, null);
        var reviewer = new Person(reviewerId, actor(reviewerId, "reviewer-" + suffix, new Grant(Role.REVIEWER, committee.id())));
        return new City(committee, cell, groupUnits, secretary, minuteTaker, member, reviewer, ids);
    }

    /**
     * An in-person meeting of the unit, 19:30–21:30 local on {@code day}, scheduled and opened; a cell meeting is
     * chaired by the secretary with the minute-taker assigned.
     */
    MeetingId meeting(City city, Unit unit, String kind, LocalDate day) throws Exception {
        clock.set(local(day, 8, 0).minusSeconds(86_400 * 10));
        var body = new HashMap<String, Object>(Map.of("unitId", unit.id(), "kind", kind, "mode", "IN_PERSON",
                "startsAt", local(day, 19, 30).toString(), "endsAt", local(day, 21, 30).toString(), "schedule", true));
        if (unit.equals(city.cell())) {
            body.put("chairMemberId", city.secretary().id());
            body.put("minuteTakerMemberId", city.minuteTaker().id());
        }
        var created = read(postJson("/api/meetings", body, as(city.secretary())).andExpect(status().isCreated()));
        var id = created.path("id").asString();
        clock.set(local(day, 19, 15));
        postJson("/api/meetings/" + id + "/open", "{}", as(city.secretary())).andExpect(status().isOk());
        return new MeetingId(UUID.fromString(id));
    }

    void start(City city, MeetingId id, Instant at) throws Exception {
        clock.set(at);
        postJson("/api/meetings/" + id + "/start", "{}", as(city.secretary())).andExpect(status().isOk());
    }

    void end(City city, MeetingId id, Instant at) throws Exception {
        clock.set(at);
        postJson("/api/meetings/" + id + "/end", "{}", as(city.secretary())).andExpect(status().isOk());
    }

    /**
     * A room connection from {@code from} to {@code to} (null: still there), through the room's fact listener, stored
     * before this returns.
     */
    void inRoom(MeetingId id, UUID member, Instant from, Instant to, String cause) {
        var connection = "n1-" + UUID.randomUUID();
        var joined = new ParticipantJoined(id, member, connection, from, "MEMBER");
        roomFacts.on(joined);
        var keys = new ArrayList<>(List.of(joined.eventKey()));
        if (to != null) {
            var left = new ParticipantLeft(id, member, connection, to, cause);
            roomFacts.on(left);
            keys.add(left.eventKey());
        }
        awaitStored(keys);
    }

    /** The listeners are asynchronous (application module listeners): wait until these facts are stored. */
    void awaitStored(List<String> eventKeys) {
        for (int i = 0; i < 200; i++) {
            var stored = jdbc.sql("select count(*) from attendance.presence_fact where event_key in (:keys)")
                    .param("keys", eventKeys).query(Integer.class).single();
            if (stored == eventKeys.size()) {
                return;
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("presence facts not stored within 10 s: " + eventKeys);
    }
}
