package vn.chibo.minutes;

import java.util.List;

/**
 * The canonical content of a biên bản (R22), in the order of the official layout. Every value is a string, an
 * integer, a boolean, a list or one of these records, so that its canonical JSON (docs/minutes.md) is well defined:
 * instants are ISO-8601 UTC strings, local wording is already formatted, rich text is sanitised HTML.
 */
record MinutesContent(int schema, String meetingId, Header header, String title, String subtitle,
        Organisation organisation, Times time, Place place, Totals members, Present present, Rate rate,
        List<Absentee> absentees, Person chair, Person minuteTaker, List<String> guests, String guestsNote,
        List<Item> agenda, List<Vote> votes, String conclusions, String tasks, String selfAssessment,
        List<GroupRoll> groupRollUp, List<Signatory> signatories) {

    static final int SCHEMA = 1;

    /** Left: the upper committee and the cell (or group); right: the Party's name and the place and date line. */
    record Header(String upperCommittee, String unit, String party, String placeAndDate) {
    }

    record Organisation(String unitId, String unitKind, String unitName, String cellName, List<String> ancestors,
            boolean groupMeeting) {
    }

    record Times(String startedAt, String endedAt, String startedLocal, String endedLocal) {
    }

    /** {@code legalBasis} is set for online and hybrid meetings (03-HD/TW). */
    record Place(String mode, String place, String platform, String legalBasis, String text) {
    }

    record Totals(int total, int official, int probationary, int exempt, int suspended, int transferred, int guests) {
    }

    record Present(int total, int inPerson, int online, int official, int probationary) {
    }

    /** R12 as the attendance module computes it; percent as a decimal string ("87.50"), null when undefined. */
    record Rate(int present, int denominator, String percent, int thresholdPercent, boolean meetsThreshold) {
    }

    record Absentee(String memberId, String fullName, String status, String statusLabel, String reason) {
    }

    record Person(String memberId, String fullName) {
    }

    record Speaker(String memberId, String fullName, String startedAt) {
    }

    record Item(String itemId, int position, String title, String presenter, List<Speaker> speakers,
            String opinions, String conclusion) {
    }

    /** R14/R15: numerator, denominator, rule and outcome exactly as the voting module closed the vote. */
    record Vote(String voteId, String agendaItemId, String subject, String decisionType, String mode, int yes, int no,
            int abstain, int denominator, int eligible, String rule, String threshold, boolean passed,
            String closedAt) {
    }

    /** R25: one party-group meeting of the cell in the month, with its own roll. */
    record GroupRoll(String meetingId, String groupName, int summoned, int exempt, int present, int denominator,
            String percent) {
    }

    record Signatory(String role, String roleLabel, String memberId, String fullName) {
    }
}
