package vn.chibo.meeting.calendar;

import java.io.StringReader;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.testing.MeetingFeaturesTestSupport;
import vn.chibo.shared.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CalendarFeedTest extends MeetingFeaturesTestSupport {

    String issue(Actor actor) throws Exception {
        var body = mvc.perform(post("/api/calendar-feed").with(csrf()).with(as(actor))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.active").value(true)).andReturn().getResponse().getContentAsString();
        var url = json.readTree(body).get("url").asString();
        assertThat(url).startsWith("https://chibo.test/calendar/").endsWith(".ics");
        return url.substring("https://chibo.test".length());
    }

    Calendar fetch(String path) throws Exception {
        var ics = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(ics));
    }

    /** The regular meetings at 19:30 on the 3rd of the next months. */
    List<MeetingSummary> monthlyMeetings(City city, int count) {
        var first = ZonedDateTime.parse("2026-12-03T19:30:00+07:00[Asia/Ho_Chi_Minh]");
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> meetings.insert(city.cell().id(), city.cell().id(),
                "Sinh hoạt chi bộ thường kỳ tháng " + first.plusMonths(i).getMonthValue(),
                first.plusMonths(i).toInstant(), city.secretary().id())).toList();
    }

    @Test
    void theFeedParsesWithIcal4jAndHoldsTheNextThreeMeetingsInVietnamTime() throws Exception {
        var city = city();
        var planned = monthlyMeetings(city, 3);
        var path = issue(city.memberActor());

        var calendar = fetch(path); // no session: calendar apps fetch it with the URL alone
        List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Asia/Ho_Chi_Minh");
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(3);
        assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .containsExactlyElementsOf(planned.stream().map(m -> m.id().value() + IcsCalendar.UID_DOMAIN).toList());
        var first = events.get(0);
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261203T193000");
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(first.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Sinh hoạt chi bộ thường kỳ tháng 12");
        assertThat(first.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(first.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Hội trường");

    }

    @Test
    void aChangedMeetingKeepsItsUidWithAHigherSequenceAndACancelledOneIsMarkedCancelled() throws Exception {
        var city = city();
        var planned = monthlyMeetings(city, 2);
        var path = issue(city.memberActor());
        var before = sequenceOf(fetch(path), planned.get(0));

        meetings.move(planned.get(0).id(), planned.get(0).startsAt().plus(Duration.ofDays(1)));
        meetings.setState(planned.get(1).id(), MeetingState.CANCELLED);

        var after = fetch(path);
        assertThat(sequenceOf(after, planned.get(0))).isGreaterThan(before);
        assertThat(event(after, planned.get(0)).getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261204T193000");
        assertThat(event(after, planned.get(1)).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void aRevokedOrReissuedUrlAnswers404() throws Exception {
        var city = city();
        monthlyMeetings(city, 1);
        var first = issue(city.memberActor());
        var second = issue(city.memberActor());
        mvc.perform(get(first)).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("calendar-feed-not-found"));
        mvc.perform(get(second)).andExpect(status().isOk());

        mvc.perform(get("/api/calendar-feed").with(as(city.memberActor()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true)).andExpect(jsonPath("$.url").doesNotExist());
        mvc.perform(delete("/api/calendar-feed").with(csrf()).with(as(city.memberActor()))).andExpect(status().isNoContent());
        mvc.perform(get(second)).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("calendar-feed-not-found"));
        mvc.perform(get("/api/calendar-feed").with(as(city.memberActor()))).andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());
    }

    @Test
    void theTokenIsStoredOnlyAsItsHash() throws Exception {
        var city = city();
        var path = issue(city.memberActor());
        var token = path.substring("/calendar/".length(), path.length() - ".ics".length());
        assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSize(32);
        var stored = jdbc.sql("select token_hash from meeting.calendar_feed where member_id = :m")
                .param("m", city.member().id()).query(String.class).single();
        assertThat(stored).isEqualTo(CalendarFeeds.hash(token)).doesNotContain(token);
        mvc.perform(get("/api/calendar-feed")).andExpect(status().isUnauthorized());
    }

    private static VEvent event(Calendar calendar, MeetingSummary meeting) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().startsWith(meeting.id().value().toString()))
                .findFirst().orElseThrow();
    }

    private static int sequenceOf(Calendar calendar, MeetingSummary meeting) {
        return Integer.parseInt(event(calendar, meeting).getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
}
