package vn.chibo.attendance;

import java.time.Instant;

/**
 * One stored join or leave fact of a member in a meeting. {@code connection} pairs a join with its leave within
 * a source (a room connection id, a Jitsi interval id, a manual entry id).
 */
record PresenceFact(String source, String connection, Kind kind, Instant at, String cause) {

    enum Kind { JOIN, LEAVE }

    static PresenceFact join(String source, String connection, Instant at) {
        return new PresenceFact(source, connection, Kind.JOIN, at, "joined");
    }

    static PresenceFact leave(String source, String connection, Instant at, String cause) {
        return new PresenceFact(source, connection, Kind.LEAVE, at, cause);
    }
}
