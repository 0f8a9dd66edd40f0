package vn.chibo.meeting.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.shared.time.VietnamTime;

/**
 * Writes meetings as an iCalendar feed (RFC 5545) with ical4j: local times in Asia/Ho_Chi_Minh with its
 * VTIMEZONE, a UID that never changes for a meeting, and SEQUENCE = the meeting's version, so calendar apps
 * replace an event when the meeting moves and show it struck out when it is cancelled.
 */
final class IcsCalendar {

    static final String UID_DOMAIN = "@chibo-truc-tuyen";

    private IcsCalendar() {
    }

    static String render(String calendarName, List<MeetingSummary> meetings, Map<java.util.UUID, Long> versions,
            String baseUrl, Instant now) {
        var registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        var timeZone = registry.getTimeZone(VietnamTime.ZONE.getId());
        var zone = VietnamTime.ZONE;
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Chi bo truc tuyen//Lich sinh hoat//VI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", VietnamTime.ZONE.getId()));
        calendar.add(timeZone.getVTimeZone());
        for (var meeting : meetings) {
            var event = new VEvent(meeting.startsAt().atZone(zone), meeting.endsAt().atZone(zone), meeting.title());
            event.add(new Uid(meeting.id().value() + UID_DOMAIN));
            event.add(new DtStamp(now));
            event.add(new Sequence(versions.getOrDefault(meeting.id().value(), 0L).intValue()));
            var cancelled = meeting.state() == MeetingState.CANCELLED || meeting.state() == MeetingState.POSTPONED;
            event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            var link = baseUrl + "/meetings/" + meeting.id().value();
            event.add(new Location(location(meeting)));
            event.add(new Description((cancelled ? (meeting.state() == MeetingState.CANCELLED ? "ĐÃ HỦY. " : "ĐÃ HOÃN. ") : "")
                    + (meeting.onlinePilot() ? "Thí điểm sinh hoạt trực tuyến theo Hướng dẫn 03-HD/TW. " : "")
                    + "Chi tiết: " + link));
            try {
                event.add(new Url(java.net.URI.create(link)));
            }
            catch (IllegalArgumentException e) {
                // a base URL that is not a URI leaves the link in the description only
            }
            calendar.add(event);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String location(MeetingSummary meeting) {
        var online = "Trực tuyến (Chi bộ trực tuyến)";
        if (meeting.mode() == MeetingMode.ONLINE) {
            return online;
        }
        var place = meeting.place() == null || meeting.place().isBlank() ? "" : meeting.place();
        return meeting.mode() == MeetingMode.HYBRID ? (place.isEmpty() ? online : place + " và " + online) : place;
    }
}
