package vn.chibo.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import vn.chibo.organisation.MemberRules.Problem;

/**
 * An import file checked against the tree and the members already stored: the report (row, column, message,
 * in Vietnamese) and, when it is clean, what committing it would create, update and leave alone. Matching is
 * by card number, so the same file imported twice changes nothing the second time.
 */
final class ImportPlan {

    static final List<String> COLUMNS = List.of("card_number", "full_name", "date_of_birth", "admission_date",
            "official_date", "status", "cell_code", "group_code");

    static final List<String> REQUIRED = List.of("card_number", "full_name", "date_of_birth", "admission_date",
            "status", "cell_code");

    /** Header texts accepted for each column, compared without accents, case or punctuation. */
    private static final Map<String, String> ALIASES = aliases();

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    record Issue(int row, String column, Problem code, String message) {
    }

    /** One data row in canonical columns, as stored in the preview (the file is not needed again). */
    record RawRow(int row, Map<String, String> values) {

        String get(String column) {
            var value = values.get(column);
            return value == null ? "" : value;
        }
    }

    record Summary(int create, int update, int unchanged) {
    }

    /** What the store knows that the check needs. */
    interface Lookup {

        Map<String, Unit> unitsByCode(List<String> codes);

        Map<String, Member> membersByCard(List<String> cards);

        Map<UUID, Membership> currentMemberships(List<UUID> memberIds);

        Map<UUID, Unit> units(List<UUID> ids);
    }

    final List<Issue> issues = new ArrayList<>();
    final List<Member> creates = new ArrayList<>();
    final List<Membership> createdMemberships = new ArrayList<>();
    final List<Member> updates = new ArrayList<>();
    final List<Membership> moves = new ArrayList<>();
    int unchanged;

    boolean valid() {
        return issues.isEmpty();
    }

    Summary summary() {
        return new Summary(creates.size(), (int) java.util.stream.Stream.concat(updates.stream().map(Member::id),
                moves.stream().map(Membership::memberId)).distinct().count(), unchanged);
    }

    /** Maps the file's header to canonical columns; missing required columns are reported on row 1. */
    static List<RawRow> canonical(MemberFiles.Table table, List<Issue> issues) {
        var index = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < table.header().size(); i++) {
            var column = ALIASES.get(key(table.header().get(i)));
            if (column != null && !index.containsKey(column)) {
                index.put(column, i);
            }
        }
        for (var column : REQUIRED) {
            if (!index.containsKey(column)) {
                issues.add(new Issue(1, column, Problem.MISSING_COLUMN, "Thiếu cột bắt buộc \"" + column + "\"."));
            }
        }
        var rows = new ArrayList<RawRow>();
        for (var row : table.rows()) {
            var values = new LinkedHashMap<String, String>();
            index.forEach((column, i) -> values.put(column, row.cell(i)));
            rows.add(new RawRow(row.number(), values));
        }
        return rows;
    }

    static ImportPlan check(List<RawRow> rows, List<Issue> headerIssues, Unit scope, Lookup lookup, LocalDate today) {
        var plan = new ImportPlan();
        plan.issues.addAll(headerIssues);
        var present = rows.isEmpty() ? List.<String>of() : List.copyOf(rows.get(0).values().keySet());
        var cards = rows.stream().map(r -> MemberRules.normaliseCard(r.get("card_number"))).filter(c -> !c.isEmpty()).distinct().toList();
        var existing = lookup.membersByCard(cards);
        var codes = new ArrayList<String>();
        rows.forEach(r -> {
            codes.add(r.get("cell_code"));
            codes.add(r.get("group_code"));
        });
        var unitsByCode = lookup.unitsByCode(codes.stream().filter(c -> !c.isEmpty()).distinct().toList());
        var current = lookup.currentMemberships(existing.values().stream().map(Member::id).toList());
        var currentCells = lookup.units(current.values().stream().map(Membership::cellId).distinct().toList());
        var firstRowOfCard = new HashMap<String, Integer>();

        for (var row : rows) {
            int n = row.row();
            var before = plan.issues.size();
            var card = MemberRules.normaliseCard(row.get("card_number"));
            var name = row.get("full_name").replaceAll("\\s+", " ");
            var birth = date(row, "date_of_birth", present, plan.issues);
            var admission = date(row, "admission_date", present, plan.issues);
            var official = date(row, "official_date", present, plan.issues);
            var status = status(row, present, plan.issues);
            for (var v : MemberRules.check(card, name, birth, admission, official, status, today)) {
                var column = columnOf(v.field());
                if (present.contains(column) || v.problem() == Problem.OFFICIAL_WITHOUT_DATE) {
                    plan.issues.add(new Issue(n, column, v.problem(), v.message()));
                }
            }
            if (!card.isEmpty()) {
                var first = firstRowOfCard.putIfAbsent(card, n);
                if (first != null) {
                    plan.issues.add(new Issue(n, "card_number", Problem.DUPLICATE_CARD,
                            "Số thẻ " + card + " trùng với dòng " + first + "."));
                }
            }
            var cell = cell(row, unitsByCode, scope, present, plan.issues);
            var group = group(row, cell, unitsByCode, plan.issues);
            var known = existing.get(card);
            Membership now = known == null ? null : current.get(known.id());
            if (known != null && now != null && (currentCells.get(now.cellId()) == null
                    || !currentCells.get(now.cellId()).isWithin(scope))) {
                plan.issues.add(new Issue(n, "card_number", Problem.MEMBER_OUT_OF_SCOPE,
                        "Đảng viên " + card + " đang sinh hoạt ở chi bộ ngoài phạm vi nhập; việc chuyển sinh hoạt cần quản trị viên."));
            }
            if (plan.issues.size() > before || !headerIssues.isEmpty() || cell == null) {
                continue;
            }
            var groupId = group == null ? null : group.id();
            if (known == null) {
                var member = new Member(UUID.randomUUID(), card, name, birth,
                        admission, official, status, 0);
                plan.creates.add(member);
                plan.createdMemberships.add(new Membership(UUID.randomUUID(), member.id(), cell.id(), groupId, admission, null));
                continue;
            }
            var next = new Member(known.id(), card, name, birth, admission, official, status, known.version());
            boolean changed = false;
            if (!next.sameDetailsAs(known)) {
                plan.updates.add(next);
                changed = true;
            }
            if (now == null || !now.cellId().equals(cell.id()) || !Objects.equals(now.groupId(), groupId)) {
                plan.moves.add(new Membership(UUID.randomUUID(), known.id(), cell.id(), groupId, today, null));
                changed = true;
            }
            if (!changed) {
                plan.unchanged++;
            }
        }
        plan.issues.sort(java.util.Comparator.comparingInt(Issue::row));
        return plan;
    }

    private static LocalDate date(RawRow row, String column, List<String> present, List<Issue> issues) {
        if (!present.contains(column)) {
            return null;
        }
        var text = row.get(column);
        if (text.isEmpty()) {
            if (REQUIRED.contains(column)) {
                issues.add(new Issue(row.row(), column, Problem.MISSING_VALUE, "Thiếu " + label(column) + "."));
            }
            return null;
        }
        for (var format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            }
            catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        issues.add(new Issue(row.row(), column, Problem.BAD_DATE, label(column) + " \"" + text
                + "\" không hợp lệ (dùng dd/MM/yyyy hoặc yyyy-MM-dd)."));
        return null;
    }

    private static MemberStatus status(RawRow row, List<String> present, List<Issue> issues) {
        if (!present.contains("status")) {
            return null;
        }
        var text = row.get("status");
        return switch (key(text)) {
            case "chinh_thuc", "official", "ct" -> MemberStatus.OFFICIAL;
            case "du_bi", "probationary", "db" -> MemberStatus.PROBATIONARY;
            case "" -> {
                issues.add(new Issue(row.row(), "status", Problem.MISSING_VALUE, "Thiếu loại đảng viên."));
                yield null;
            }
            default -> {
                issues.add(new Issue(row.row(), "status", Problem.BAD_STATUS, "Loại đảng viên \"" + text
                        + "\" không hợp lệ (chinh_thuc hoặc du_bi)."));
                yield null;
            }
        };
    }

    private static Unit cell(RawRow row, Map<String, Unit> units, Unit scope, List<String> present, List<Issue> issues) {
        if (!present.contains("cell_code")) {
            return null;
        }
        var code = row.get("cell_code");
        var cell = units.get(code);
        if (code.isEmpty()) {
            issues.add(new Issue(row.row(), "cell_code", Problem.MISSING_VALUE, "Thiếu mã chi bộ."));
        }
        else if (cell == null || cell.kind() != UnitKind.CELL) {
            issues.add(new Issue(row.row(), "cell_code", Problem.UNKNOWN_CELL, "Không có chi bộ mã \"" + code + "\"."));
        }
        else if (cell.dissolved()) {
            issues.add(new Issue(row.row(), "cell_code", Problem.CELL_DISSOLVED, "Chi bộ " + code + " đã giải thể."));
        }
        else if (!cell.isWithin(scope)) {
            issues.add(new Issue(row.row(), "cell_code", Problem.CELL_OUT_OF_SCOPE, "Chi bộ " + code
                    + " không thuộc " + scope.name() + "."));
        }
        else {
            return cell;
        }
        return null;
    }

    private static Unit group(RawRow row, Unit cell, Map<String, Unit> units, List<Issue> issues) {
        var code = row.get("group_code");
        if (code.isEmpty()) {
            return null;
        }
        var group = units.get(code);
        if (group == null || group.kind() != UnitKind.PARTY_GROUP) {
            issues.add(new Issue(row.row(), "group_code", Problem.UNKNOWN_GROUP, "Không có tổ đảng mã \"" + code + "\"."));
        }
        else if (cell != null && !cell.id().equals(group.parentId())) {
            issues.add(new Issue(row.row(), "group_code", Problem.GROUP_NOT_IN_CELL, "Tổ đảng " + code
                    + " không thuộc chi bộ " + cell.code() + "."));
        }
        else if (group.dissolved()) {
            issues.add(new Issue(row.row(), "group_code", Problem.CELL_DISSOLVED, "Tổ đảng " + code + " đã giải thể."));
        }
        else {
            return cell == null ? null : group;
        }
        return null;
    }

    private static String columnOf(String field) {
        return switch (field) {
            case "cardNumber" -> "card_number";
            case "fullName" -> "full_name";
            case "dateOfBirth" -> "date_of_birth";
            case "admissionDate" -> "admission_date";
            case "officialDate" -> "official_date";
            default -> field;
        };
    }

    private static String label(String column) {
        return switch (column) {
            case "date_of_birth" -> "Ngày sinh";
            case "admission_date" -> "Ngày vào Đảng";
            case "official_date" -> "Ngày chính thức";
            default -> column;
        };
    }

    static String key(String text) {
        return Member.searchable(text == null ? "" : text).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static Map<String, String> aliases() {
        var map = new HashMap<String, String>();
        COLUMNS.forEach(c -> map.put(c, c));
        for (var alias : List.of("so_the", "so_the_dang_vien", "so_the_dv", "the_dang_vien")) map.put(alias, "card_number");
        for (var alias : List.of("ho_ten", "ho_va_ten")) map.put(alias, "full_name");
        for (var alias : List.of("ngay_sinh")) map.put(alias, "date_of_birth");
        for (var alias : List.of("ngay_vao_dang", "ngay_ket_nap")) map.put(alias, "admission_date");
        for (var alias : List.of("ngay_chinh_thuc")) map.put(alias, "official_date");
        for (var alias : List.of("trang_thai", "loai_dang_vien")) map.put(alias, "status");
        for (var alias : List.of("ma_chi_bo")) map.put(alias, "cell_code");
        for (var alias : List.of("ma_to_dang", "ma_to")) map.put(alias, "group_code");
        return map;
    }
}
