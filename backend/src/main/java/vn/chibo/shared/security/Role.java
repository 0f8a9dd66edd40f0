package vn.chibo.shared.security;

/**
 * A role held on one organisation node; what it allows applies to that node's subtree only. Every account
 * is also, without a role, the member it is bound to: that member sees their own cell's meetings and
 * adopted minutes.
 */
public enum Role {

    /** Bí thư chi bộ: runs the cell, usually chairs its meetings. */
    SECRETARY(true),
    /** Phó bí thư. */
    DEPUTY_SECRETARY(true),
    /** Chi ủy viên: co-manages the cell, sees attendance and absence warnings. */
    CELL_COMMITTEE(true),
    /** Tổ trưởng tổ đảng: runs the meetings of one party group. */
    GROUP_LEADER(false),
    /** Cấp ủy cấp trên / ban tổ chức: reviews everything below the node, changes nothing there. */
    REVIEWER(true),
    /** Quản trị: the organisation tree, members, accounts and authorisations below the node. */
    ADMIN(true);

    private final boolean requiresSecondFactor;

    Role(boolean requiresSecondFactor) {
        this.requiresSecondFactor = requiresSecondFactor;
    }

    /** R6: multi-factor login is required for committee roles. */
    public boolean requiresSecondFactor() {
        return requiresSecondFactor;
    }
}
