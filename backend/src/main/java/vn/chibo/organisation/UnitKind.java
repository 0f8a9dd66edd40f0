package vn.chibo.organisation;

/** The levels of the party tree. */
public enum UnitKind {
    /** Thành ủy / huyện ủy: city or district committee. */
    COMMITTEE,
    /** Đảng bộ cơ sở or chi bộ cơ sở: grassroots organisation. */
    GRASSROOTS,
    /** Chi bộ: the cell, where members belong and meet. */
    CELL,
    /** Tổ đảng: a party group inside a large cell (03-HD/TW). */
    PARTY_GROUP
}
