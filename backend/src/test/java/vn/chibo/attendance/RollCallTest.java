package vn.chibo.attendance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import vn.chibo.conferencing.JitsiPresenceChanged;
import vn.chibo.conferencing.JitsiPresenceChanged.Closure;
import vn.chibo.meeting.MeetingId;
import vn.chibo.shared.audit.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RollCallTest extends AttendanceTestSupport {

    @Autowired
    ApplicationEvents events;

    @Autowired
    Attendance attendance;

    private static String roll(MeetingId id) {
        return "/api/meetings/" + id + "/roll-call";
    }

    private static JsonLine line(tools.jackson.databind.JsonNode view, UUID member) {
        for (var l : view.path("lines")) {
            if (l.path("memberId").asString().equals(member.toString())) {
                return new JsonLine(l.path("status").isNull() ? null : l.path("status").asString(),
                        l.path("suggested").asBoolean(), l.path("version").asInt(), l.path("late").asBoolean());
            }
        }
        throw new AssertionError("no line for " + member);
    }

    record JsonLine(String status, boolean suggested, int version, boolean late) {
    }

    @Test
    void r9_theRollIsPrefilledConfirmedByTheChairAndCorrectedByAppending() throws Exception {
        var city = city(6, 0);
        var ids = city.memberIds();
        flag(ids.get(3), "EXEMPT");
        flag(ids.get(4), "SUSPENDED");
        flag(ids.get(5), "TRANSFERRED_OUT");
        var day = meetingDay();
        var id = meeting(city, city.cell(), "REGULAR", day);
        start(city, id, local(day, 19, 30));
        // the secretary online the whole meeting (closed by its end), the minute-taker 20 minutes late
        inRoom(id, city.secretary().id(), local(day, 19, 28), local(day, 21, 40), "meeting-ended");
        inRoom(id, city.minuteTaker().id(), local(day, 19, 50), null, null);
        end(city, id, local(day, 21, 30));

        var taker = as(city.minuteTaker());
        var draft = read(getAs(roll(id), taker).andExpect(status().isOk()));
        assertThat(draft.path("confirmed").asBoolean()).isFalse();
        assertThat(line(draft, city.secretary().id())).isEqualTo(new JsonLine("PRESENT_ONLINE", true, 0, false));
        assertThat(line(draft, city.minuteTaker().id())).isEqualTo(new JsonLine("PRESENT_ONLINE", true, 0, true));
        assertThat(line(draft, city.member().id()).status()).isNull(); // in the hall or absent: the minute-taker says
        assertThat(line(draft, ids.get(3)).status()).isEqualTo("EXEMPT");
        assertThat(line(draft, ids.get(4)).status()).isEqualTo("SUSPENDED");
        assertThat(line(draft, ids.get(5)).status()).isEqualTo("TRANSFERRED");

        // nothing confirmed while a member has no status
        postJson(roll(id) + "/confirm", "{}", as(city.secretary())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("roll-incomplete")).andExpect(jsonPath("$.rule").value("R9"));
        putJson(roll(id) + "/" + city.member().id(), Map.of("status", "ABSENT_WITH_REASON", "reason", "Ốm", "version", 0),
                taker).andExpect(status().isOk());
        var confirmed = read(postJson(roll(id) + "/confirm", "{}", as(city.secretary())).andExpect(status().isOk()));
        assertThat(confirmed.path("confirmed").asBoolean()).isTrue();
        assertThat(line(confirmed, city.member().id())).isEqualTo(new JsonLine("ABSENT_WITH_REASON", false, 2, false));
        postJson(roll(id) + "/confirm", "{}", as(city.secretary())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("roll-already-confirmed"));
        var snapshot = jdbc.sql("select snapshot::text from attendance.roll_confirmation where meeting_id = :m")
                .param("m", id.value()).query(String.class).single();

        // a correction after confirmation is appended and audited; the snapshot stays as confirmed
        putJson(roll(id) + "/" + city.member().id(), Map.of("status", "PRESENT_IN_PERSON", "version", 2), taker)
                .andExpect(status().isOk()).andExpect(jsonPath("$.rate.present").value(3));
        putJson(roll(id) + "/" + city.member().id(), Map.of("status", "ABSENT_WITHOUT_REASON", "version", 2), taker)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("roll-line-changed"));
        var current = records.rollOf(id).orElseThrow();
        assertThat(current.confirmed()).isTrue();
        assertThat(current.lines()).filteredOn(l -> l.memberId().equals(city.member().id()))
                .extracting(vn.chibo.attendance.Roll.Line::status).containsExactly(RollStatus.PRESENT_IN_PERSON);
        assertThat(jdbc.sql("select status from attendance.roll_line where meeting_id = :m and member_id = :p")
                .param("m", id.value()).param("p", city.member().id()).query(String.class).single())
                .isEqualTo("ABSENT_WITH_REASON");
        assertThat(jdbc.sql("select snapshot::text from attendance.roll_confirmation where meeting_id = :m")
                .param("m", id.value()).query(String.class).single()).isEqualTo(snapshot);
        assertThat(jdbc.sql("select count(*) from attendance.roll_correction where meeting_id = :m")
                .param("m", id.value()).query(Integer.class).single()).isEqualTo(1);
        assertThat(events.stream(AuditEvent.class).map(AuditEvent::action))
                .contains("attendance.roll-confirmed", "attendance.roll-corrected");
        // the confirmation and the one accepted correction tell the figures built on the roll to read it again
        assertThat(events.stream(RollChanged.class).filter(e -> e.meetingId().equals(id)).toList())
                .extracting(RollChanged::unitId, RollChanged::memberId)
                .containsExactly(tuple(city.cell().id(), null), tuple(city.cell().id(), city.member().id()));
        assertThatThrownBy(() -> jdbc.sql("update attendance.roll_line set status = 'EXEMPT' where meeting_id = :m")
                .param("m", id.value()).update()).hasMessageContaining("append-only");
    }

    @Test
    void r9_refusalsAnswerProblemDetails() throws Exception {
        var city = city(4, 0);
        var day = meetingDay();
        var id = meeting(city, city.cell(), "REGULAR", day);
        var path = roll(id) + "/" + city.member().id();
        putJson(path, Map.of("status", "ABSENT_WITH_REASON", "reason", "  ", "version", 0), as(city.minuteTaker()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("absence-reason-required"))
                .andExpect(jsonPath("$.rule").value("R9"));
        putJson(path, Map.of("status", "PRESENT_IN_PERSON", "version", 0), as(city.member()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("roll-edit-not-allowed"));
        putJson(roll(id) + "/" + UUID.randomUUID(), Map.of("status", "PRESENT_IN_PERSON", "version", 0),
                as(city.minuteTaker())).andExpect(jsonPath("$.code").value("not-on-roll"));
        // before the start there is nothing to confirm; after it only the chair (or the cell's officers) confirms
        postJson(roll(id) + "/confirm", "{}", as(city.secretary())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("meeting-not-started"));
        start(city, id, local(day, 19, 30));
        postJson(roll(id) + "/confirm", "{}", as(city.minuteTaker())).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("roll-confirm-chair-only")).andExpect(jsonPath("$.rule").value("R9"));
        getAs(roll(id), as(city.reviewer())).andExpect(status().isOk()).andExpect(jsonPath("$.ownLineOnly").value(false));
        // an ordinary member sees their own line only
        getAs(roll(id), as(city.member())).andExpect(status().isOk()).andExpect(jsonPath("$.ownLineOnly").value(true))
                .andExpect(jsonPath("$.lines.length()").value(1))
                .andExpect(jsonPath("$.lines[0].memberId").value(city.member().id().toString()));
        var stranger = city(3, 0).member();
        getAs(roll(id), as(stranger)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("attendance-not-visible"));
    }

    @Test
    void r12_theRateLeavesOutExemptMembersAndIsJudgedAgainstTheThreshold() throws Exception {
        var city = city(6, 0);
        var ids = city.memberIds();
        flag(ids.get(5), "EXEMPT");
        var day = meetingDay();
        var id = meeting(city, city.cell(), "REGULAR", day);
        start(city, id, local(day, 19, 30));
        var taker = as(city.minuteTaker());
        for (int i = 0; i < 4; i++) {
            putJson(roll(id) + "/" + ids.get(i), Map.of("status", "PRESENT_IN_PERSON", "version", 0), taker)
                    .andExpect(status().isOk());
        }
        putJson(roll(id) + "/" + ids.get(4), Map.of("status", "ABSENT_WITHOUT_REASON", "version", 0), taker)
                .andExpect(status().isOk());
        getAs(roll(id), taker).andExpect(jsonPath("$.rate.summoned").value(6)).andExpect(jsonPath("$.rate.exempt").value(1))
                .andExpect(jsonPath("$.rate.present").value(4)).andExpect(jsonPath("$.rate.denominator").value(5))
                .andExpect(jsonPath("$.rate.percent").value(80.0)).andExpect(jsonPath("$.rate.thresholdPercent").value(85))
                .andExpect(jsonPath("$.rate.meetsThreshold").value(false)).andExpect(jsonPath("$.rule").value("R12"));

        // at the boundary: 17 of 20 (one more exempt, left out) is exactly 85 %; 16 of 20 is not
        var statuses = new ArrayList<RollStatus>();
        statuses.addAll(Collections.nCopies(17, RollStatus.PRESENT_ONLINE));
        statuses.addAll(Collections.nCopies(3, RollStatus.ABSENT_WITH_REASON));
        statuses.add(RollStatus.EXEMPT);
        var exactly = attendance.rate(statuses);
        assertThat(exactly.denominator()).isEqualTo(20);
        assertThat(exactly.percent()).isEqualByComparingTo("85.00");
        assertThat(exactly.meetsThreshold()).isTrue();
        statuses.set(0, RollStatus.ABSENT_WITHOUT_REASON);
        var below = attendance.rate(statuses);
        assertThat(below.percent()).isEqualByComparingTo("80.00");
        assertThat(below.meetsThreshold()).isFalse();
    }

    @Test
    void r10_presentAtAnswersWhoWasInTheRoomAtThatInstant() throws Exception {
        var city = city(5, 0);
        var ids = city.memberIds();
        var day = meetingDay();
        var id = meeting(city, city.cell(), "REGULAR", day);
        start(city, id, local(day, 19, 30));
        inRoom(id, ids.get(0), local(day, 19, 30), local(day, 20, 0), "left");
        inRoom(id, ids.get(1), local(day, 19, 45), null, null);
        inRoom(id, ids.get(2), local(day, 20, 0), local(day, 20, 30), "expired");
        // two devices of one member count once
        inRoom(id, ids.get(1), local(day, 19, 46), null, null);
        // the Jitsi call alone is not the room
        var call = UUID.randomUUID();
        jitsiFacts.on(new JitsiPresenceChanged(id, ids.get(3), call, "", local(day, 19, 30), null, null, "k1"));
        awaitStored(List.of("jitsi:" + call + ":join"));

        assertThat(records.presentAt(id, local(day, 19, 50))).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(records.presentAt(id, local(day, 20, 0))).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
        assertThat(records.presentAt(id, local(day, 19, 0))).isEmpty();
    }

    @Test
    void r10_jitsiIntervalsAreUpsertedAndMergedWithTheRoomInTheLedger() throws Exception {
        var city = city(4, 0);
        var member = city.member().id();
        var day = meetingDay();
        var id = meeting(city, city.cell(), "REGULAR", day);
        start(city, id, local(day, 19, 30));
        var interval = UUID.randomUUID();
        var closed = new JitsiPresenceChanged(id, member, interval, "", local(day, 19, 40), local(day, 20, 30),
                Closure.LEFT, "k2");
        jitsiFacts.on(new JitsiPresenceChanged(id, member, interval, "", local(day, 19, 40), null, null, "k1"));
        jitsiFacts.on(closed);
        jitsiFacts.on(closed); // delivered twice
        awaitStored(List.of("jitsi:" + interval + ":join", "jitsi:" + interval + ":leave"));
        inRoom(id, member, local(day, 20, 0), local(day, 21, 0), "left");
        end(city, id, local(day, 21, 30));

        var ledger = read(getAs("/api/meetings/" + id + "/attendance", as(city.minuteTaker())).andExpect(status().isOk()));
        var line = ledger.path("lines").get(0);
        assertThat(line.path("memberId").asString()).isEqualTo(member.toString());
        assertThat(line.path("intervals").size()).isEqualTo(1);
        assertThat(line.path("totalSeconds").asLong()).isEqualTo(80 * 60);
        assertThat(line.path("late").asBoolean()).isTrue();
        assertThat(line.path("leftEarly").asBoolean()).isTrue();
        assertThat(jdbc.sql("select count(*) from attendance.presence_fact where meeting_id = :m and source = 'jitsi'")
                .param("m", id.value()).query(Integer.class).single()).isEqualTo(2);

        // the secretary records what the network missed; a member sees only their own line
        postJson("/api/meetings/" + id + "/attendance/manual", Map.of("memberId", member, "joinedAt",
                local(day, 21, 0).toString(), "leftAt", local(day, 21, 30).toString(), "note", "Mất mạng, có mặt ở hội trường"),
                as(city.secretary())).andExpect(status().isOk());
        getAs("/api/meetings/" + id + "/attendance", as(city.member())).andExpect(jsonPath("$.ownLineOnly").value(true))
                .andExpect(jsonPath("$.lines.length()").value(1))
                .andExpect(jsonPath("$.lines[0].totalSeconds").value(110 * 60))
                .andExpect(jsonPath("$.lines[0].leftEarly").value(false));
        postJson("/api/meetings/" + id + "/attendance/manual", Map.of("memberId", member, "joinedAt",
                local(day, 21, 0).toString()), as(city.member())).andExpect(status().isForbidden());
        assertThat(events.stream(AuditEvent.class).map(AuditEvent::action)).contains("attendance.manual-fact");
    }

    @Test
    void r25_eachGroupMeetingKeepsItsOwnRollAndTheCellSumsThemForTheMonth() throws Exception {
        var city = city(50, 2);
        var day = meetingDay();
        var first = meeting(city, city.groups().get(0), "REGULAR", day);
        var second = meeting(city, city.groups().get(1), "REGULAR", day.plusDays(1));
        start(city, first, local(day, 19, 30));
        for (var member : city.memberIds().subList(0, 20)) { // the first group: even indexes
            if (city.memberIds().indexOf(member) % 2 == 0) {
                putJson(roll(first) + "/" + member, Map.of("status", "PRESENT_IN_PERSON", "version", 0),
                        as(city.secretary())).andExpect(status().isOk());
            }
        }
        var rolls = records.groupRollsOf(city.cell().id(), YearMonth.from(day));
        assertThat(rolls).extracting(Roll::meetingId).containsExactly(first, second);
        assertThat(rolls.get(0).rate().summoned()).isEqualTo(25);
        assertThat(rolls.get(0).rate().present()).isEqualTo(10);
        assertThat(rolls.get(1).rate().summoned()).isEqualTo(25);
        assertThat(rolls.get(1).rate().present()).isZero();
        assertThat(rolls.stream().mapToInt(r -> r.rate().present()).sum()).isEqualTo(10);
        assertThat(records.groupRollsOf(city.cell().id(), YearMonth.from(day).plusMonths(1))).isEmpty();
    }
}
