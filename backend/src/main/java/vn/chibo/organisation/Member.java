package vn.chibo.organisation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** A member's personal record as stored (where they belong is kept apart, in {@link Membership}s). */
record Member(UUID id, String cardNumber, String fullName, LocalDate dateOfBirth, LocalDate admissionDate,
        LocalDate officialDate, MemberStatus status, long version) {

    /** Whether the personal fields are the same (the id and version aside). */
    boolean sameDetailsAs(Member other) {
        return cardNumber.equals(other.cardNumber) && fullName.equals(other.fullName)
                && dateOfBirth.equals(other.dateOfBirth) && admissionDate.equals(other.admissionDate)
                && java.util.Objects.equals(officialDate, other.officialDate) && status == other.status;
    }

    /** Lower case without diacritics, so "nguyen van an" finds "Nguyễn Văn An". */
    static String searchable(String text) {
        var stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).trim();
    }
}
