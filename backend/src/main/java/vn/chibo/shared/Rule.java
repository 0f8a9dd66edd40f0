package vn.chibo.shared;

/**
 * The Party rules the platform enforces (../shared/RULES.md). Code that enforces one names it, refusals carry
 * its id, and at least one test per rule is named after it.
 */
public enum Rule {
    R1("Online and hybrid meetings only while the organisation holds a recorded authorisation"),
    R2("The authorisation records why: more than half of the members cannot meet in person"),
    R3("Online meetings are labelled as the 03-HD/TW pilot; pilot statistics are kept"),
    R4("Restricted agenda items cannot be decided in an online-only meeting"),
    R5("No upload, chat or screen of content marked state-secret"),
    R6("Each account is bound to exactly one member; second factor required for committee roles"),
    R7("Every view, creation or change of minutes and documents is audited with a trusted timestamp"),
    R8("Recording is off by default; only the chair turns it on; never in inspection sessions"),
    R9("Roll call per member with statuses, confirmed by the chair, goes into the minutes"),
    R10("Online presence is tracked as intervals; a member not present when a vote opens does not vote"),
    R11("Months absent without reason per year: warn at 2, flag the removal procedure at 3"),
    R12("Attendance rate per meeting excludes exempt members; reported against 85 %"),
    R13("Only official members vote"),
    R14("A resolution passes only when yes is more than half of all summoned official members"),
    R15("Thresholds per decision type"),
    R16("Secret ballots store no link between member and choice; one ballot per member; verifiable tally"),
    R17("A congress cannot proceed with fewer than 2/3 of summoned members present"),
    R18("Agenda templates for regular and thematic meetings"),
    R19("Planned duration at least 90 minutes (120 when combined); warn when shorter"),
    R20("One regular meeting per month, one thematic per quarter; alert when missed"),
    R21("Documents published at least a day before; minutes published within 2 days"),
    R22("Minutes hold every required field and cannot be closed before being read back and adopted"),
    R23("Adopted minutes are immutable, signed, and visible only to the cell and authorised upper levels"),
    R24("Group meetings only in cells of 50+ with groups; replace the plenary at most 3 times a year"),
    R25("Each group meeting keeps its own roll and minutes and rolls up into the cell"),
    R26("Annual evaluation export per member and per cell");

    private final String summary;

    Rule(String summary) {
        this.summary = summary;
    }

    public String summary() {
        return summary;
    }
}
