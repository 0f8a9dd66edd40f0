package vn.chibo.organisation;

/** Đảng viên chính thức (votes, R13) or dự bị (attends and speaks). */
public enum MemberStatus {
    OFFICIAL,
    PROBATIONARY
}
