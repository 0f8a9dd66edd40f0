/**
 * Room: the live meeting room over STOMP/WebSocket — who is present now (Redis, with TTLs), the current
 * agenda item, the speaker queue, the chair's controls, per-meeting sequenced events fanned out across
 * nodes through Redis, and resumption of a reconnecting client without gaps or duplicates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Room")
package vn.chibo.room;
