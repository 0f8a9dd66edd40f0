/**
 * Conferencing: video through Jitsi Meet — room-scoped JWTs that Prosody's token authentication accepts,
 * the event_sync webhooks turned into attendance facts, and the room REST endpoints used to reconcile live
 * participation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conferencing")
package vn.chibo.conferencing;
