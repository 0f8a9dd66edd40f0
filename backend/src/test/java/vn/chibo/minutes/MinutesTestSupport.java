package vn.chibo.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.identity.SecondFactor;
import vn.chibo.meeting.MeetingId;
import vn.chibo.room.RoomAnnouncements;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.time.VietnamTime;
import vn.chibo.testing.CityTestSupport;
import vn.chibo.testing.MutableClock;
import vn.chibo.voting.VoteResult;
import vn.chibo.voting.VoteResults;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Base of the minutes tests: the real PostgreSQL, the real meeting, organisation, attendance and room modules
 * (meetings and roll calls over their REST, speaking turns as the room stores them), a clock the test sets, and three
 * stand-ins: closed votes the test declares (the voting module's results), one-time codes the test issues (the
 * identity module's second factor, tested on its own) and a recording of the room announcements.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(MinutesTestSupport.Doubles.class)
abstract class MinutesTestSupport extends CityTestSupport {

    /** Closed votes per meeting, as the voting module would answer them. */
    static final class DeclaredVotes implements VoteResults {
        final Map<MeetingId, List<VoteResult>> closed = new ConcurrentHashMap<>();

        @Override
        public List<VoteResult> closedIn(MeetingId meetingId) {
            return closed.getOrDefault(meetingId, List.of());
        }
    }

    /** One-time codes issued per member; each works once, like the real second factor. */
    static final class IssuedCodes implements SecondFactor {
        final Map<UUID, String> codes = new ConcurrentHashMap<>();

        String issue(UUID memberId) {
            var code = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            codes.put(memberId, code);
            return code;
        }

        @Override
        public boolean verify(UUID memberId, String code) {
            return memberId != null && code != null && codes.remove(memberId, code);
        }
    }

    @TestConfiguration
    static class Doubles {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        /** The tests declare the closed votes the minutes show, in place of the voting module's. */
        @Bean
        @Primary
        DeclaredVotes declaredVotes() {
            return new DeclaredVotes();
        }

        @Bean
        @Primary
        IssuedCodes issuedCodes() {
            return new IssuedCodes();
        }
    }

    @MockitoBean
    RoomAnnouncements announcements;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    DeclaredVotes votes;

    @Autowired
    IssuedCodes codes;

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    record City(Unit committee, Unit grassroots, Unit cell, List<Unit> groups, Person secretary, Person minuteTaker,
            Person member, Person reviewer, Person outsider, List<UUID> memberIds) {
    }

    /** Committee → grassroots → a cell of {@code size} members (secretary, minute-taker, member, …), its groups. */
    City city(int size, int groups) {
        var suffix = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(4).putInt(ThreadLocalRandom.current().nextInt()).array());
        var committee = unit("COMMITTEE", "TU-" + suffix, "Thành ủy Tân An", null);
        var grassroots = unit("GRASSROOTS", "DU-" + suffix, "Đảng bộ Phường 3", committee);
        var cell = unit("CELL", "CB-" + suffix, "Chi bộ Khu phố 3 " + suffix, grassroots);
        var otherCell = unit("CELL", "CBX-" + suffix, "Chi bộ Khác " + suffix, grassroots);
        var groupUnits = new ArrayList<Unit>();
        for (int g = 1; g <= groups; g++) {
            groupUnits.add(unit("PARTY_GROUP", "TO" + g + "-" + suffix, "Tổ đảng số " + g, cell));
        }
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < size; i++) {
            var group = groupUnits.isEmpty() ? null : groupUnits.get(i % groupUnits.size());
            ids.add(member(String.format("Đảng viên %02d", i), cell, group, i % 7 == 6 ? "PROBATIONARY" : "OFFICIAL"));
        }
        for (var group : groupUnits) {
            jdbc.sql("update organisation.unit set leader_member_id = :leader where id = :id")
                    .param("leader", ids.get(groupUnits.indexOf(group))).param("id", group.id()).update();
        }
        var secretary = new Person(ids.get(0), actor(ids.get(0), "bithu-" + suffix, new Grant(Role.SECRETARY, cell.id())));
        var minuteTaker = new Person(ids.get(1), actor(ids.get(1), "thuky-" + suffix, null));
        var member = new Person(ids.get(2), actor(ids.get(2), "dv-" + suffix, null));
        var reviewerId = member("Cán bộ Thành ủy", otherCell, null, "OFFICIAL");
        var reviewer = new Person(reviewerId, actor(reviewerId, "reviewer-" + suffix, new Grant(Role.REVIEWER, committee.id())));
        var outsiderId = member("Đảng viên chi bộ khác", otherCell, null, "OFFICIAL");
        var outsider = new Person(outsiderId, actor(outsiderId, "khac-" + suffix, null));
        return new City(committee, grassroots, cell, groupUnits, secretary, minuteTaker, member, reviewer, outsider, ids);
    }

    void rename(UUID member, String name) {
        jdbc.sql("update organisation.member set full_name = :name, search_name = lower(:name) where id = :id")
                .param("name", name).param("id", member).update();
    }

    /** A speaking turn as the room records it when the chair gives the floor. */
    void turn(MeetingId meeting, UUID member, UUID item, Instant from, Instant to) {
        jdbc.sql("""
                insert into room.speaking_turn (id, meeting_id, member_id, agenda_item_id, started_at, ended_at)
                values (:id, :meeting, :member, :item, :from, :to)""").param("id", UUID.randomUUID())
                .param("meeting", meeting.value()).param("member", member).param("item", item)
                .param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to)).update();
    }

    /**
     * A meeting of the unit 19:30–21:30 local on {@code day} with the regular agenda, scheduled and opened; a cell
     * meeting is chaired by the secretary with the minute-taker assigned.
     */
    MeetingId meeting(City city, Unit unit, String mode, String place, LocalDate day) throws Exception {
        clock.set(local(day, 8, 0).minusSeconds(86_400 * 10));
        var body = new HashMap<String, Object>(Map.of("unitId", unit.id(), "kind", "REGULAR", "mode", mode,
                "startsAt", local(day, 19, 30).toString(), "endsAt", local(day, 21, 30).toString(), "schedule", true,
                "template", "REGULAR"));
        if (place != null) {
            body.put("place", place);
        }
        body.put("chairMemberId", city.secretary().id());
        body.put("minuteTakerMemberId", city.minuteTaker().id());
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

    List<JsonNode> agenda(City city, MeetingId id) throws Exception {
        var list = new ArrayList<JsonNode>();
        read(getAs("/api/meetings/" + id + "/agenda", as(city.secretary())).andExpect(status().isOk()))
                .forEach(list::add);
        return list;
    }

    static String minutes(MeetingId id) {
        return "/api/meetings/" + id + "/minutes";
    }

    /** Writes a section as {@code who}, at the version they read. */
    ResultActions write(MeetingId id, String key, String html, int version, Person who) throws Exception {
        return putJson(minutes(id) + "/sections/" + key, Map.of("html", html, "version", version), as(who));
    }

    /** Read back by the minute-taker, adopted on the chair's confirmation, the meeting ended, both signed. */
    void adoptAndSign(City city, MeetingId id) throws Exception {
        postJson(minutes(id) + "/read-back", "{}", as(city.minuteTaker())).andExpect(status().isOk());
        postJson(minutes(id) + "/adopt", Map.of("method", "CHAIR_CONFIRMATION"), as(city.secretary()))
                .andExpect(status().isOk());
        postJson(minutes(id) + "/sign", Map.of("code", codes.issue(city.secretary().id())), as(city.secretary()))
                .andExpect(status().isOk());
        postJson(minutes(id) + "/sign", Map.of("code", codes.issue(city.minuteTaker().id())), as(city.minuteTaker()))
                .andExpect(status().isOk());
    }
}
