/**
 * Shared kernel: what every module may use — problem-detail errors, the injectable clock, the Redis key
 * space every module's keys live under, start-up checks of the services the application needs, and the
 * demo-data seeding mechanism that modules contribute to. Holds no business rules of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.chibo.shared;
