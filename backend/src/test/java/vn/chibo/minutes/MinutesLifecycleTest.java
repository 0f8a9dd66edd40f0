package vn.chibo.minutes;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import vn.chibo.meeting.MeetingEvents.ScheduleWarningRaised;
import vn.chibo.meeting.MeetingId;
import vn.chibo.shared.Rule;
import vn.chibo.shared.audit.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MinutesLifecycleTest extends MinutesTestSupport {

    @Autowired
    ApplicationEvents events;

    @Autowired
    MinutesPublication publication;

    private MeetingId heldMeeting(City city) throws Exception {
        var day = meetingDay();
        var id = meeting(city, city.cell(), "IN_PERSON", "Hội trường Khu phố 3", day);
        start(city, id, local(day, 19, 30));
        return id;
    }

    @Test
    void r22_twoConcurrentEditsOfASectionTheSecondIsRefusedWithAConflictNeverOverwritten() throws Exception {
        var city = city(5, 0);
        var id = heldMeeting(city);
        write(id, "conclusions", "<p>Bản của thư ký</p>", 0, city.minuteTaker()).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        // the chair edits only once the meeting allows it
        write(id, "conclusions", "<p>Bản của chủ trì</p>", 1, city.secretary()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("minutes-edit-not-allowed"));
        postJson(minutes(id) + "/chair-editing?allowed=true", "{}", as(city.secretary())).andExpect(status().isOk());
        // both read version 1; the chair saves first, the minute-taker's save at version 1 is refused
        write(id, "conclusions", "<p>Bản của chủ trì</p>", 1, city.secretary()).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        write(id, "conclusions", "<p>Bản thứ hai của thư ký</p>", 1, city.minuteTaker())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"))
                .andExpect(jsonPath("$.rule").value("R22"));
        // two first saves of a new section: the second is refused too
        write(id, "tasks", "<p>A</p>", 0, city.minuteTaker()).andExpect(status().isOk());
        write(id, "tasks", "<p>B</p>", 0, city.secretary()).andExpect(status().isConflict());

        var view = read(getAs(minutes(id), as(city.member())).andExpect(status().isOk()));
        assertThat(view.path("sections").path("conclusions").path("html").asString()).isEqualTo("<p>Bản của chủ trì</p>");
        assertThat(view.path("autosaveMillis").asLong()).isEqualTo(3000);
        var history = read(getAs(minutes(id) + "/sections/conclusions/history", as(city.minuteTaker())));
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(1).path("html").asString()).isEqualTo("<p>Bản của thư ký</p>");
        verify(announcements, atLeastOnce()).announce(eq(id), eq("minutes-draft-changed"), any());

        // an ordinary member, an unknown section and foreign HTML
        write(id, "conclusions", "<p>x</p>", 2, city.member()).andExpect(status().isForbidden());
        write(id, "nonsense", "<p>x</p>", 0, city.minuteTaker()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-minutes-section"));
        write(id, "self-assessment", "<p onclick=\"x()\">Tốt<img src=x onerror=y()><iframe></iframe></p>", 0,
                city.minuteTaker()).andExpect(status().isOk()).andExpect(jsonPath("$.html").value("<p>Tốt</p>"));
    }

    @Test
    void r22_minutesAdoptedAsTheMeetingsLastItemSayItClosedAtTheAdoption() throws Exception {
        var city = city(5, 0);
        var id = heldMeeting(city);
        clock.set(local(meetingDay(), 21, 5).plusSeconds(42));
        postJson(minutes(id) + "/read-back", "{}", as(city.minuteTaker())).andExpect(status().isOk());
        postJson(minutes(id) + "/adopt", Map.of("method", "CHAIR_CONFIRMATION"), as(city.secretary()))
                .andExpect(status().isOk());
        end(city, id, local(meetingDay(), 21, 8));

        var time = read(getAs(minutes(id), as(city.member()))).path("content").path("time");
        assertThat(time.path("endedAt").asString()).isEqualTo(local(meetingDay(), 21, 5).toString());
        assertThat(time.path("endedLocal").asString()).startsWith("21 giờ 05 phút");
    }

    @Test
    void r23_signedMinutesCannotBeChangedInTheDatabaseAndAnAppendedSignedAddendumVerifies() throws Exception {
        var city = city(5, 0);
        var id = heldMeeting(city);
        write(id, "conclusions", "<p>Thống nhất.</p>", 0, city.minuteTaker()).andExpect(status().isOk());
        // R22: not adopted before read-back, not signed before adoption
        postJson(minutes(id) + "/adopt", "{}", as(city.secretary())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("minutes-not-read-back"));
        postJson(minutes(id) + "/sign", Map.of("code", codes.issue(city.secretary().id())), as(city.secretary()))
                .andExpect(status().isConflict());
        end(city, id, local(meetingDay(), 21, 30));
        postJson(minutes(id) + "/read-back", "{}", as(city.minuteTaker())).andExpect(status().isOk());
        postJson(minutes(id) + "/adopt", Map.of("method", "CHAIR_CONFIRMATION"), as(city.minuteTaker()))
                .andExpect(status().isForbidden());
        postJson(minutes(id) + "/adopt", Map.of("method", "CHAIR_CONFIRMATION"), as(city.secretary()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ADOPTED"));
        write(id, "conclusions", "<p>Sửa sau khi thông qua</p>", 1, city.minuteTaker()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("minutes-frozen"));
        postJson(minutes(id) + "/sign", Map.of("code", "000000"), as(city.secretary())).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("second-factor-refused"));
        postJson(minutes(id) + "/sign", Map.of("code", codes.issue(city.member().id())), as(city.member()))
                .andExpect(status().isBadRequest());
        postJson(minutes(id) + "/sign", Map.of("code", codes.issue(city.secretary().id())), as(city.secretary()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ADOPTED"));
        postJson(minutes(id) + "/sign", Map.of("code", codes.issue(city.minuteTaker().id())), as(city.minuteTaker()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SIGNED"))
                .andExpect(jsonPath("$.meetingState").value("MINUTES_ADOPTED"));

        assertThatThrownBy(() -> jdbc.sql("update minutes.minutes set content_hash = 'x' where meeting_id = :m")
                .param("m", id.value()).update()).hasMessageContaining("signed minutes are immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from minutes.minutes where meeting_id = :m").param("m", id.value())
                .update()).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("update minutes.section set html = 'x' where meeting_id = :m")
                .param("m", id.value()).update()).hasMessageContaining("frozen");
        assertThatThrownBy(() -> jdbc.sql("update minutes.signature set seal = 'x' where meeting_id = :m")
                .param("m", id.value()).update()).hasMessageContaining("append-only");

        var original = read(getAs(minutes(id), as(city.member()))).path("contentHash").asString();
        postJson(minutes(id) + "/addenda", Map.of("html", "<p>Đính chính: đồng chí 03 vắng có lý do.</p>", "code",
                codes.issue(city.minuteTaker().id())), as(city.minuteTaker())).andExpect(status().isOk())
                .andExpect(jsonPath("$.originalHash").value(original)).andExpect(jsonPath("$.seq").value(1));
        postJson(minutes(id) + "/addenda", Map.of("html", "<p>x</p>", "code", "000000"), as(city.minuteTaker()))
                .andExpect(status().isUnauthorized());
        assertThatThrownBy(() -> jdbc.sql("update minutes.addendum set html = 'x' where meeting_id = :m")
                .param("m", id.value()).update()).hasMessageContaining("append-only");

        var verification = read(getAs(minutes(id) + "/verify", as(city.reviewer())).andExpect(status().isOk()));
        assertThat(verification.path("valid").asBoolean()).isTrue();
        assertThat(verification.path("contentHash").asString()).isEqualTo(original);
        assertThat(verification.path("checks").toString()).contains("signature:CHAIR", "signature:MINUTE_TAKER",
                "addendum:1");
        assertThat(events.stream(AuditEvent.class).map(AuditEvent::action)).contains("minutes.addendum-signed",
                "minutes.verified");
    }

    @Test
    void r23_onlyTheCellAndTheUpperLevelsSeeTheMinutesAndR7_everyViewIsAudited() throws Exception {
        var city = city(5, 0);
        var id = heldMeeting(city);
        getAs(minutes(id), as(city.member())).andExpect(status().isOk());
        getAs(minutes(id), as(city.reviewer())).andExpect(status().isOk());
        getAs(minutes(id), as(city.outsider())).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("minutes-not-visible")).andExpect(jsonPath("$.rule").value("R23"));
        getAs(minutes(id) + "/export.pdf", as(city.outsider())).andExpect(status().isForbidden());
        var views = events.stream(AuditEvent.class).filter(e -> e.objectId().equals(id.toString())).map(AuditEvent::action)
                .toList();
        assertThat(views).containsSubsequence("minutes.viewed", "minutes.viewed", "minutes.view-refused");
    }

    @Test
    void r21_adoptedMinutesArePublishedWhenSignedAndLateOnesRaiseOneWarning() throws Exception {
        var city = city(5, 0);
        var late = heldMeeting(city);
        end(city, late, local(meetingDay(), 21, 30));
        var onTime = meeting(city, city.cell(), "IN_PERSON", "Hội trường", meetingDay().plusDays(1));
        start(city, onTime, local(meetingDay().plusDays(1), 19, 30));
        end(city, onTime, local(meetingDay().plusDays(1), 21, 30));
        adoptAndSign(city, onTime);
        var published = read(getAs(minutes(onTime), as(city.member())));
        assertThat(published.path("publication").path("publishedAt").isNull()).isFalse();
        assertThat(published.path("publication").path("late").asBoolean()).isFalse();
        assertThat(published.path("publication").path("rule").asString()).isEqualTo("R21");
        // the meeting's notices tell its members, once the signing committed
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from meeting.notification where meeting_id = :m and kind = 'MINUTES_PUBLISHED' and member_id = :p")
                .param("m", onTime.value()).param("p", city.member().id()).query(Integer.class).single()).isEqualTo(1));

        getAs(minutes(late), as(city.member())).andExpect(status().isOk());
        clock.set(local(meetingDay(), 21, 30).plus(Duration.ofDays(2)).minusSeconds(60));
        publication.warnLate(); // other tests' meetings share the database: only this one's warnings are counted
        assertThat(events.stream(ScheduleWarningRaised.class).filter(w -> late.equals(w.meetingId()))).isEmpty();
        clock.set(local(meetingDay(), 21, 30).plus(Duration.ofDays(2)).plusSeconds(60));
        publication.warnLate();
        publication.warnLate();
        var warnings = events.stream(ScheduleWarningRaised.class).filter(w -> late.equals(w.meetingId())).toList();
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo(Rule.R21);
            assertThat(w.code()).isEqualTo("minutes-late");
        });
        assertThat(events.stream(ScheduleWarningRaised.class).filter(w -> onTime.equals(w.meetingId()))).isEmpty();
        assertThat(read(getAs(minutes(late), as(city.member()))).path("publication").path("late").asBoolean()).isTrue();
    }

    @Test
    void r25_aPartyGroupMeetingKeepsItsOwnMinutesUnderTheCellsHeader() throws Exception {
        var city = city(50, 2);
        var group = city.groups().get(0);
        var day = meetingDay();
        clock.set(local(day, 8, 0).minusSeconds(86_400 * 10));
        var body = Map.of("unitId", group.id(), "kind", "REGULAR", "mode", "IN_PERSON", "place", "Nhà tổ trưởng",
                "startsAt", local(day, 19, 30).toString(), "endsAt", local(day, 21, 30).toString(), "schedule", true,
                "chairMemberId", city.secretary().id(), "minuteTakerMemberId", city.member().id());
        var id = new MeetingId(java.util.UUID.fromString(read(postJson("/api/meetings", body, as(city.secretary()))
                .andExpect(status().isCreated())).path("id").asString()));
        clock.set(local(day, 19, 15));
        postJson("/api/meetings/" + id + "/open", "{}", as(city.secretary())).andExpect(status().isOk());
        start(city, id, local(day, 19, 30));
        write(id, "conclusions", "<p>Tổ thống nhất.</p>", 0, city.member()).andExpect(status().isOk());
        write(id, "conclusions", "<p>Thư ký chi bộ không ghi biên bản của tổ.</p>", 1, city.minuteTaker())
                .andExpect(status().isForbidden());

        // a member of the other group is still of the cell: R23 lets the cell read its groups' minutes
        var view = read(getAs(minutes(id), as(city.minuteTaker())).andExpect(status().isOk()));
        var content = view.path("content");
        assertThat(content.path("organisation").path("groupMeeting").asBoolean()).isTrue();
        assertThat(content.path("header").path("upperCommittee").asString()).startsWith("CHI BỘ KHU PHỐ 3");
        assertThat(content.path("header").path("unit").asString()).isEqualTo("TỔ ĐẢNG SỐ 1");
        assertThat(content.path("members").path("total").asInt()).isEqualTo(25);
        assertThat(content.path("groupRollUp").size()).isZero();
        assertThat(content.path("conclusions").asString()).isEqualTo("<p>Tổ thống nhất.</p>");
        getAs(minutes(id), as(city.outsider())).andExpect(status().isForbidden());
    }

    @Test
    void r23_theChairAndTheMinuteTakerSigningAtTheSameMomentBothCountAndTheMinutesAreAdopted() throws Exception {
        var city = city(5, 0);
        var id = heldMeeting(city);
        end(city, id, local(meetingDay(), 21, 30));
        postJson(minutes(id) + "/read-back", "{}", as(city.minuteTaker())).andExpect(status().isOk());
        postJson(minutes(id) + "/adopt", "{}", as(city.secretary())).andExpect(status().isOk());
        var chairCode = codes.issue(city.secretary().id());
        var takerCode = codes.issue(city.minuteTaker().id());
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var chair = pool.submit(() -> {
                start.await();
                return postJson(minutes(id) + "/sign", Map.of("code", chairCode), as(city.secretary())).andReturn()
                        .getResponse().getStatus();
            });
            var taker = pool.submit(() -> {
                start.await();
                return postJson(minutes(id) + "/sign", Map.of("code", takerCode), as(city.minuteTaker())).andReturn()
                        .getResponse().getStatus();
            });
            start.countDown();
            assertThat(List.of(chair.get(), taker.get())).containsExactly(200, 200);
        }
        finally {
            pool.shutdown();
        }
        var view = read(getAs(minutes(id), as(city.member())));
        assertThat(view.path("state").asString()).isEqualTo("SIGNED");
        assertThat(view.path("meetingState").asString()).isEqualTo("MINUTES_ADOPTED");
        assertThat(view.path("signatures").size()).isEqualTo(2);
    }
}
