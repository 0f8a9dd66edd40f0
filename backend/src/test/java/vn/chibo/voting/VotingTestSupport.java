package vn.chibo.voting;

import java.sql.Timestamp;
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
 * Base of the voting module's integration tests: the real PostgreSQL and Redis of the test run, the real meeting and
 * attendance modules (meetings created, run and rolled over their REST), a clock the test sets, and a small city per
 * test written straight into the organisation tables. Room presence is written as the room's facts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(VotingTestSupport.Clocks.class)
abstract class VotingTestSupport extends CityTestSupport {

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

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    /** A cell of official members: the first is the secretary (chair), the second the minute-taker. */
    record City(Unit committee, Unit cell, List<Unit> groups, Person secretary, Person minuteTaker,
            List<Person> members) {

        Person member(int i) {
            return members.get(i);
        }

        List<UUID> ids() {
            return members.stream().map(Person::id).toList();
        }
    }

    City city(int size, int groups) {
        var suffix = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(4).putInt(ThreadLocalRandom.current().nextInt()).array());
        var committee = unit("COMMITTEE", "TU-" + suffix, "Thành ủy Thử", null);
        var grassroots = unit("GRASSROOTS", "DU-" + suffix, "Đảng ủy Phường Thử", committee);
        var cell = unit("CELL", "CB-" + suffix, "Chi bộ Thử " + suffix, grassroots);
        var groupUnits = new ArrayList<Unit>();
        for (int g = 1; g <= groups; g++) {
            groupUnits.add(unit("PARTY_GROUP", "TO" + g + "-" + suffix, "Tổ đảng " + g, cell));
        }
        var people = new ArrayList<Person>();
        for (int i = 0; i < size; i++) {
            var group = groupUnits.isEmpty() ? null : groupUnits.get(i % groupUnits.size());
            var id = member(String.format("Đảng viên %04d", i), cell, group);
            var grant = i == 0 ? new Grant(Role.SECRETARY, cell.id()) : null;
            people.add(new Person(id, actor(id, "dv" + i + "-" + suffix, grant)));
        }
        for (var group : groupUnits) {
            var leader = people.get(groupUnits.indexOf(group)).id();
            jdbc.sql("update organisation.unit set leader_member_id = :leader where id = :id").param("leader", leader)
                    .param("id", group.id()).update();
        }
        return new City(committee, cell, groupUnits, people.get(0), people.get(1), people);
    }

    void probationary(UUID member) {
        jdbc.sql("update organisation.member set status = 'PROBATIONARY', official_date = null where id = :id")
                .param("id", member).update();
    }

    /** A meeting under way with one agenda item; the clock stands at 20:00 of {@code day}. */
    record Held(MeetingId id, UUID itemId, LocalDate day) {
        Instant at(int hour, int minute) {
            return local(day, hour, minute);
        }
    }

    Held held(City city, Unit unit, String kind, String mode, String itemType, boolean secretBallot) throws Exception {
        var day = meetingDay();
        clock.set(local(day, 8, 0).minusSeconds(86_400 * 10));
        if (!"IN_PERSON".equals(mode)) {
            jdbc.sql("""
                    insert into meeting.online_authorisation (id, unit_id, reference_number, issued_on, issuer, valid_from,
                           valid_to, reason_category, counted_members, more_than_half)
                    values (:id, :unit, '12-QĐ/TU', date '2020-01-01', 'Thành ủy Thử', date '2020-01-01',
                           date '2099-12-31', 'DISPERSED_WORK', 10, true)
                    """).param("id", UUID.randomUUID()).param("unit", city.cell().id()).update();
        }
        var body = new HashMap<String, Object>(Map.of("unitId", unit.id(), "kind", kind, "mode", mode,
                "startsAt", local(day, 19, 30).toString(), "endsAt", local(day, 21, 30).toString()));
        if (unit.equals(city.cell())) {
            body.put("chairMemberId", city.secretary().id());
            body.put("minuteTakerMemberId", city.minuteTaker().id());
        }
        var chair = unit.equals(city.cell()) ? city.secretary() : city.members().get(city.groups().indexOf(unit));
        var created = read(postJson("/api/meetings", body, as(city.secretary())).andExpect(status().isCreated()));
        var id = created.path("id").asString();
        var item = read(postJson("/api/meetings/" + id + "/agenda", Map.of("title", "Nghị quyết tháng", "type",
                itemType, "classification", "INTERNAL", "secretBallot", secretBallot), as(city.secretary()))
                .andExpect(status().is2xxSuccessful()));
        var itemId = item.has("id") ? item.path("id").asString() : lastItem(item);
        postJson("/api/meetings/" + id + "/schedule", "{}", as(city.secretary())).andExpect(status().isOk());
        clock.set(local(day, 19, 15));
        postJson("/api/meetings/" + id + "/open", "{}", as(city.secretary())).andExpect(status().isOk());
        clock.set(local(day, 19, 30));
        postJson("/api/meetings/" + id + "/start", "{}", as(chair)).andExpect(status().isOk());
        clock.set(local(day, 20, 0));
        return new Held(new MeetingId(UUID.fromString(id)), UUID.fromString(itemId), day);
    }

    private static String lastItem(JsonNode agenda) {
        var items = agenda.isArray() ? agenda : agenda.path("items");
        return items.get(items.size() - 1).path("id").asString();
    }

    /** Members connected to the live room from 19:35 on (the room's own facts). */
    void inRoom(Held held, List<UUID> members) {
        for (var member : members) {
            jdbc.sql("""
                    insert into attendance.presence_fact (event_key, source, kind, meeting_id, member_id, connection_id,
                           role, occurred_at)
                    values (:key, 'room', 'JOIN', :meeting, :member, :connection, 'MEMBER', :at)
                    """).param("key", "room:" + UUID.randomUUID()).param("meeting", held.id().value())
                    .param("member", member).param("connection", "n1-" + UUID.randomUUID())
                    .param("at", Timestamp.from(held.at(19, 35))).update();
        }
    }

    /** The minute-taker sets a roll line (R9). */
    void roll(City city, Held held, UUID member, String status, String reason) throws Exception {
        var body = new HashMap<String, Object>(Map.of("status", status, "version", 0));
        if (reason != null) {
            body.put("reason", reason);
        }
        putJson("/api/meetings/" + held.id() + "/roll-call/" + member, body, as(city.minuteTaker()))
                .andExpect(status().isOk());
    }

    ResultActions openVote(Held held, Person chair, Map<String, Object> body) throws Exception {
        var full = new HashMap<String, Object>(body);
        full.putIfAbsent("agendaItemId", held.itemId());
        full.putIfAbsent("subject", "Thông qua nghị quyết tháng");
        return postJson("/api/meetings/" + held.id() + "/votes", full, as(chair));
    }

    UUID opened(ResultActions result) throws Exception {
        return UUID.fromString(read(result.andExpect(status().isCreated())).path("id").asString());
    }

    ResultActions cast(UUID vote, Person who, String choice) throws Exception {
        return postJson("/api/votes/" + vote + "/ballots", Map.of("choice", choice), as(who));
    }

    JsonNode close(UUID vote, Person chair) throws Exception {
        return read(postJson("/api/votes/" + vote + "/close", "{}", as(chair)).andExpect(status().isOk()));
    }
}
