package vn.chibo.testing;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.time.VietnamTime;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * What the modules' integration tests share: a small city of their own written straight into the organisation
 * tables of the test run's database (random ids and codes, so tests sharing the database never meet), actors
 * with the grants a test gives them, and JSON calls through MockMvc with an actor as principal. The subclass
 * carries the Spring test annotations ({@code @SpringBootTest}, {@code @AutoConfigureMockMvc}) and its own doubles.
 */
public abstract class CityTestSupport {

    /** Where a member's membership and flags start unless a test says otherwise. */
    private static final LocalDate MEMBER_SINCE = LocalDate.of(2015, 1, 1);
    private static final LocalDate FLAGGED_SINCE = LocalDate.of(2020, 1, 1);

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected JdbcClient jdbc;

    public record Unit(UUID id, String code, String path) {
    }

    public record Person(UUID id, Actor actor) {
    }

    /** Eight hex digits that make a test's unit codes and user names its own. */
    public static String suffix() {
        return HexFormat.of().formatHex(ByteBuffer.allocate(4).putInt(ThreadLocalRandom.current().nextInt()).array());
    }

    /** A unit ({@code COMMITTEE}, {@code GRASSROOTS}, {@code CELL}, {@code PARTY_GROUP}) under its parent. */
    public Unit unit(String kind, String code, String name, Unit parent) {
        var id = UUID.randomUUID();
        var path = (parent == null ? "" : parent.path()) + id + "/";
        jdbc.sql("""
                insert into organisation.unit (id, kind, code, name, parent_id, path, valid_from)
                values (:id, :kind, :code, :name, :parent, :path, date '2010-01-01')
                """).param("id", id).param("kind", kind).param("code", code).param("name", name)
                .param("parent", parent == null ? null : parent.id()).param("path", path).update();
        return new Unit(id, code, path);
    }

    /** An official member of the cell (and group, if any) since 2015. */
    public UUID member(String name, Unit cell, Unit group) {
        return member(name, cell, group, "OFFICIAL", MEMBER_SINCE);
    }

    /** A member of the cell since 2015 with a status ({@code OFFICIAL}, {@code PROBATIONARY}). */
    public UUID member(String name, Unit cell, Unit group, String status) {
        return member(name, cell, group, status, MEMBER_SINCE);
    }

    /** An official member of the cell from a date. */
    public UUID member(String name, Unit cell, Unit group, LocalDate from) {
        return member(name, cell, group, "OFFICIAL", from);
    }

    public UUID member(String name, Unit cell, Unit group, String status, LocalDate from) {
        var id = UUID.randomUUID();
        var card = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        jdbc.sql("""
                insert into organisation.member (id, card_number, full_name, search_name, date_of_birth, admission_date,
                       official_date, status)
                values (:id, :card, :name, lower(:name), date '1980-05-17', date '2005-03-02',
                        case when :status = 'OFFICIAL' then date '2006-03-02' end, :status)
                """).param("id", id).param("card", card).param("name", name).param("status", status).update();
        jdbc.sql("""
                insert into organisation.membership (id, member_id, cell_id, group_id, valid_from)
                values (:id, :member, :cell, :group, :from)
                """).param("id", UUID.randomUUID()).param("member", id).param("cell", cell.id())
                .param("group", group == null ? null : group.id()).param("from", from).update();
        return id;
    }

    /** EXEMPT, SUSPENDED or TRANSFERRED_OUT from 2020 on. */
    public void flag(UUID member, String kind) {
        flag(member, kind, FLAGGED_SINCE);
    }

    public void flag(UUID member, String kind, LocalDate from) {
        jdbc.sql("insert into organisation.member_flag (id, member_id, kind, valid_from) values (:id, :member, :kind, :from)")
                .param("id", UUID.randomUUID()).param("member", member).param("kind", kind).param("from", from).update();
    }

    /** Makes a member the leader of a party group. */
    public void leads(UUID member, Unit group) {
        jdbc.sql("update organisation.unit set leader_member_id = :leader where id = :id").param("leader", member)
                .param("id", group.id()).update();
    }

    public static Actor actor(UUID memberId, String username, Grant grant) {
        return new Actor(UUID.randomUUID(), memberId, username, "Người thử", grant == null ? List.of() : List.of(grant));
    }

    public static RequestPostProcessor as(Person person) {
        return as(person.actor());
    }

    public static RequestPostProcessor as(Actor actor) {
        return authentication(new ActorAuthentication(actor));
    }

    /** A local (Vietnam) time of a day. */
    public static Instant local(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(VietnamTime.ZONE).toInstant();
    }

    /** Next month, day 3: always in the future of the real clock. */
    public static LocalDate meetingDay() {
        return LocalDate.now(VietnamTime.ZONE).plusMonths(1).withDayOfMonth(3);
    }

    public ResultActions postJson(String path, Object body, RequestPostProcessor who) throws Exception {
        return mvc.perform(post(path).with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body)));
    }

    public ResultActions putJson(String path, Object body, RequestPostProcessor who) throws Exception {
        return mvc.perform(put(path).with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body)));
    }

    public ResultActions getAs(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who));
    }

    public JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
