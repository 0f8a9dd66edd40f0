package vn.chibo.identity;

/** Where a login stands; only {@code AUTHENTICATED} puts an actor into the session. */
enum LoginStatus {
    AUTHENTICATED,
    SECOND_FACTOR_REQUIRED,
    ENROLMENT_REQUIRED,
    PASSWORD_CHANGE_REQUIRED
}
