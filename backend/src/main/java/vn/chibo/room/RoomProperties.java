package vn.chibo.room;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * Settings of the live room ({@code chibo.room.*}).
 *
 * @param presenceTtl     a connection not heard from for this long is no longer present (any node sweeps it)
 * @param sweepInterval   how often every node looks for expired connections
 * @param streamLength    events kept per meeting for resumption (approximately; at least this many)
 * @param maxReplay       a resume further back than this many events gets a fresh snapshot instead
 * @param factRetryAfter  join/leave facts still waiting in Redis after this long are handed over by any node
 * @param messageSizeLimit largest inbound STOMP frame in bytes (also the WebSocket text buffer)
 * @param sendBufferLimit bytes buffered for a slow client before its connection is closed
 * @param sendTimeLimit   how long a send to a slow client may stay blocked before its connection is closed
 * @param decisionTtl     how long a connection's access decision for a meeting is reused at most; it is dropped
 *                        sooner when the meeting changes state, is rescheduled or removes someone
 * @param summaryTtl      how long a meeting's summary and guests are reused when a decision is made
 * @param coalesceWindow  events of a meeting following another within this time reach its subscribers together,
 *                        in one {@code events} message at the end of the window (0: every event on its own)
 * @param inboundThreads  threads handling inbound STOMP frames (commands wait on Redis and PostgreSQL)
 * @param writerThreads   threads writing to the connections (each writes everything queued for one connection, then
 *                        takes the next; a thread waits only on a client that stopped reading, at most sendTimeLimit)
 * @param socketBuffer    bytes of each connection's socket read and write buffers in Tomcat (its default, 8 KiB
 *                        each, is for HTTP; a room node holds thousands of mostly quiet connections)
 */
@ConfigurationProperties("chibo.room")
record RoomProperties(@DefaultValue("15s") Duration presenceTtl, @DefaultValue("2s") Duration sweepInterval,
        @DefaultValue("1000") int streamLength, @DefaultValue("500") int maxReplay,
        @DefaultValue("30s") Duration factRetryAfter, @DefaultValue("8192") int messageSizeLimit,
        @DefaultValue("524288") int sendBufferLimit, @DefaultValue("10s") Duration sendTimeLimit,
        @DefaultValue("10m") Duration decisionTtl, @DefaultValue("2s") Duration summaryTtl,
        @DefaultValue("100ms") Duration coalesceWindow, @DefaultValue("96") int inboundThreads,
        @DefaultValue("4") int writerThreads, @DefaultValue("4096") int socketBuffer) {

    RoomProperties {
        Assert.isTrue(presenceTtl.toMillis() >= 1000, "chibo.room.presence-ttl must be at least 1s");
        Assert.isTrue(!sweepInterval.isNegative() && !sweepInterval.isZero(), "chibo.room.sweep-interval must be positive");
        Assert.isTrue(streamLength >= 10, "chibo.room.stream-length must be at least 10");
        Assert.isTrue(maxReplay > 0 && maxReplay <= streamLength, "chibo.room.max-replay must be in 1..stream-length");
        Assert.isTrue(messageSizeLimit >= 1024, "chibo.room.message-size-limit must be at least 1024");
        Assert.isTrue(!decisionTtl.isNegative(), "chibo.room.decision-ttl must not be negative");
        Assert.isTrue(!summaryTtl.isNegative(), "chibo.room.summary-ttl must not be negative");
        Assert.isTrue(inboundThreads >= 1, "chibo.room.inbound-threads must be at least 1");
        Assert.isTrue(writerThreads >= 1, "chibo.room.writer-threads must be at least 1");
        Assert.isTrue(socketBuffer >= 1024, "chibo.room.socket-buffer must be at least 1024");
        Assert.isTrue(!coalesceWindow.isNegative() && coalesceWindow.toMillis() <= 1000,
                "chibo.room.coalesce-window must be in 0..1s");
    }

    /** A connection's presence is refreshed at most this often (heart-beats arrive more often). */
    Duration refreshEvery() {
        return presenceTtl.dividedBy(4);
    }
}
