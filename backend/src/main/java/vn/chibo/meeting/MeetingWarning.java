package vn.chibo.meeting;

import vn.chibo.shared.Rule;

/** Something a rule advises against without forbidding it; shown with the meeting, never blocks. */
public record MeetingWarning(String code, Rule rule, String message) {
}
