/**
 * Meeting: scheduling (recurring regular meetings, thematic, extraordinary, congress), the meeting lifecycle,
 * agenda items with their type and classification, documents attached to the agenda, notices and calendar
 * feeds, and the 03-HD/TW rules on what may be held online.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meeting")
package vn.chibo.meeting;
