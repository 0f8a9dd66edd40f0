package vn.chibo.meeting.document;

import vn.chibo.shared.Rule;

/** A rule warning about a meeting's documents, for the meeting JSON's {@code warnings}; never blocks. */
public record DocumentWarning(String code, Rule rule, String message) {
}
