/**
 * Conferencing: video through Jitsi Meet — room-scoped JWTs that Prosody's token authentication accepts,
 * the event_sync webhooks turned into attendance facts, and the room REST endpoints used to reconcile live
 * participation.
 * <p>
 * API: {@link vn.chibo.conferencing.JitsiPresenceChanged} (published for every change of a member's connection
 * to a call) and {@link vn.chibo.conferencing.LivePresence} (an optional bean another module may provide).
 * Tokens carry the member's e-mail from the organisation's {@code MemberContacts} when there is one. Schema {@code conferencing}: {@code video_room} (room name →
 * meeting, live rooms and their reconciliation claim), {@code jitsi_event} (every accepted webhook, once, by
 * natural key), {@code jitsi_interval} (one row per connection), {@code jitsi_anomaly},
 * {@code jitsi_discrepancy}. No Redis keys. Details: docs/jitsi.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conferencing")
package vn.chibo.conferencing;
