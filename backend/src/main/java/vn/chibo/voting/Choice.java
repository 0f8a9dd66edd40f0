package vn.chibo.voting;

/** Tán thành, không tán thành, không biểu quyết (abstain). */
enum Choice {
    YES, NO, ABSTAIN
}
