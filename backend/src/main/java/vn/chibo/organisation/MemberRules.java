package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks every member record passes, whether typed in a form or read from an import file. Messages are in
 * Vietnamese because they are shown as they are to secretaries and administrators.
 */
final class MemberRules {

    /** Số thẻ đảng viên: digits only, 6 to 12 of them (dots and spaces are dropped before the check). */
    static final Pattern CARD_NUMBER = Pattern.compile("\\d{6,12}");

    /** The Charter admits from the age of 18. */
    static final int MINIMUM_AGE = 18;

    private MemberRules() {
    }

    enum Problem {
        MISSING_COLUMN, MISSING_VALUE, BAD_DATE, FUTURE_DATE, OFFICIAL_BEFORE_ADMISSION, DUPLICATE_CARD, BAD_CARD,
        UNKNOWN_CELL, UNKNOWN_GROUP, GROUP_NOT_IN_CELL, EMPTY_NAME, BAD_STATUS, PROBATIONARY_WITH_OFFICIAL_DATE,
        OFFICIAL_WITHOUT_DATE, TOO_YOUNG, CELL_OUT_OF_SCOPE, CELL_DISSOLVED, MEMBER_OUT_OF_SCOPE, NAME_TOO_LONG
    }

    record Violation(String field, Problem problem, String message) {
    }

    static String normaliseCard(String card) {
        return card == null ? null : card.replace(".", "").replace(" ", "").trim();
    }

    /** Checks the fields of one member; a null date means it was missing or unreadable (reported by the caller). */
    static List<Violation> check(String card, String fullName, LocalDate birth, LocalDate admission, LocalDate official,
            MemberStatus status, LocalDate today) {
        var found = new ArrayList<Violation>();
        var normalised = normaliseCard(card);
        if (normalised == null || normalised.isEmpty()) {
            found.add(new Violation("cardNumber", Problem.MISSING_VALUE, "Thiếu số thẻ đảng viên."));
        }
        else if (!CARD_NUMBER.matcher(normalised).matches()) {
            found.add(new Violation("cardNumber", Problem.BAD_CARD,
                    "Số thẻ đảng viên \"" + card + "\" không đúng định dạng (6–12 chữ số)."));
        }
        if (fullName == null || fullName.isBlank()) {
            found.add(new Violation("fullName", Problem.EMPTY_NAME, "Họ và tên không được để trống."));
        }
        else if (fullName.length() > 150) {
            found.add(new Violation("fullName", Problem.NAME_TOO_LONG, "Họ và tên dài quá 150 ký tự."));
        }
        future("dateOfBirth", "Ngày sinh", birth, today, found);
        future("admissionDate", "Ngày vào Đảng", admission, today, found);
        future("officialDate", "Ngày chính thức", official, today, found);
        if (birth != null && admission != null && admission.isBefore(birth.plusYears(MINIMUM_AGE))) {
            found.add(new Violation("admissionDate", Problem.TOO_YOUNG,
                    "Ngày vào Đảng phải sau khi đủ " + MINIMUM_AGE + " tuổi."));
        }
        if (admission != null && official != null && !official.isAfter(admission)) {
            found.add(new Violation("officialDate", Problem.OFFICIAL_BEFORE_ADMISSION,
                    "Ngày chính thức phải sau ngày vào Đảng."));
        }
        if (status == MemberStatus.PROBATIONARY && official != null) {
            found.add(new Violation("officialDate", Problem.PROBATIONARY_WITH_OFFICIAL_DATE,
                    "Đảng viên dự bị chưa có ngày chính thức."));
        }
        if (status == MemberStatus.OFFICIAL && official == null) {
            found.add(new Violation("officialDate", Problem.OFFICIAL_WITHOUT_DATE,
                    "Đảng viên chính thức phải có ngày chính thức."));
        }
        return found;
    }

    private static void future(String field, String label, LocalDate date, LocalDate today, List<Violation> found) {
        if (date != null && date.isAfter(today)) {
            found.add(new Violation(field, Problem.FUTURE_DATE, label + " không được ở tương lai."));
        }
    }
}
