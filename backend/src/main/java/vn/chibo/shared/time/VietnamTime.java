package vn.chibo.shared.time;

import java.time.ZoneId;

/** Meetings, notices and calendars are in Vietnam's time; instants are stored in UTC. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }
}
