package vn.chibo.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members, their memberships over time and their flags. Bulk writes go as one multi-row statement each. */
@Repository
class JdbcMembers {

    private static final String COLUMNS = """
            m.id, m.card_number, m.full_name, m.date_of_birth, m.admission_date, m.official_date, m.status, m.version
            """;

    private static final String BY_ID = "select " + COLUMNS + " from organisation.member m where m.id = :id";

    private static final String BY_CARD = "select " + COLUMNS + " from organisation.member m where m.card_number = :card";

    private static final String BY_CARDS = "select " + COLUMNS
            + " from organisation.member m where m.card_number = any(cast(:cards as text[]))";

    private static final String INSERT_MANY = """
            insert into organisation.member
                   (id, card_number, full_name, search_name, date_of_birth, admission_date, official_date, status)
            select * from unnest(cast(:ids as uuid[]), cast(:cards as text[]), cast(:names as text[]), cast(:search as text[]), cast(:births as date[]),
                                 cast(:admissions as date[]), cast(:officials as date[]), cast(:statuses as text[]))
            on conflict do nothing
            returning id
            """;

    private static final String UPDATE_MANY = """
            update organisation.member m
               set card_number = t.card, full_name = t.name, search_name = t.search, date_of_birth = t.birth,
                   admission_date = t.admission, official_date = t.official, status = t.status,
                   version = m.version + 1
              from unnest(cast(:ids as uuid[]), cast(:cards as text[]), cast(:names as text[]), cast(:search as text[]), cast(:births as date[]),
                          cast(:admissions as date[]), cast(:officials as date[]), cast(:statuses as text[]), cast(:versions as bigint[]))
                   as t(id, card, name, search, birth, admission, official, status, version)
             where m.id = t.id and m.version = t.version
            """;

    private static final String MEMBERSHIP_COLUMNS = "id, member_id, cell_id, group_id, valid_from, valid_to";

    private static final String MEMBERSHIPS_OF = "select " + MEMBERSHIP_COLUMNS
            + " from organisation.membership where member_id = :id order by valid_from";

    private static final String CURRENT_MEMBERSHIPS_OF = "select " + MEMBERSHIP_COLUMNS
            + " from organisation.membership where member_id = any(cast(:ids as uuid[])) and valid_to is null";

    private static final String INSERT_MEMBERSHIPS = """
            insert into organisation.membership (id, member_id, cell_id, group_id, valid_from)
            select * from unnest(cast(:ids as uuid[]), cast(:members as uuid[]), cast(:cells as uuid[]), cast(:groups as uuid[]), cast(:froms as date[]))
            on conflict do nothing
            """;

    /** Ends the current memberships that began before the date; a membership beginning that day is replaced. */
    private static final String CLOSE_CURRENT = """
            update organisation.membership set valid_to = :date
             where member_id = any(cast(:members as uuid[])) and valid_to is null and valid_from < :date
            """;

    private static final String DROP_SAME_DAY = """
            delete from organisation.membership
             where member_id = any(cast(:members as uuid[])) and valid_to is null and valid_from >= :date
            """;

    private static final String MEMBERS_ON = "select " + COLUMNS + ", ms.cell_id, ms.group_id" + """
             from organisation.membership ms join organisation.member m on m.id = ms.member_id
             where (ms.cell_id = :unit or ms.group_id = :unit)
               and ms.valid_from <= :date and (ms.valid_to is null or ms.valid_to > :date)
             order by m.search_name, m.card_number
            """;

    private static final String FLAGS_OF = """
            select id, member_id, kind, valid_from, valid_to, other_unit_id, note
              from organisation.member_flag where member_id = any(cast(:ids as uuid[])) order by valid_from, id
            """;

    private static final String INSERT_FLAG = """
            insert into organisation.member_flag (id, member_id, kind, valid_from, valid_to, other_unit_id, note)
            values (:id, :member, :kind, :from, :to, :other, :note)
            on conflict do nothing
            """;

    private static final String END_FLAG = """
            update organisation.member_flag set valid_to = :to, ended_at = now()
             where id = :id and member_id = :member
            """;

    private static final String BUMP_VERSION = """
            update organisation.member set version = version + 1 where id = :id and version = :version
            """;

    private final JdbcClient jdbc;

    JdbcMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Member> find(UUID id) {
        return jdbc.sql(BY_ID).param("id", id).query(JdbcMembers::member).optional();
    }

    Optional<Member> findByCard(String card) {
        return jdbc.sql(BY_CARD).param("card", card).query(JdbcMembers::member).optional();
    }

    Map<String, Member> findByCards(Collection<String> cards) {
        var found = new HashMap<String, Member>();
        if (!cards.isEmpty()) {
            jdbc.sql(BY_CARDS).param("cards", cards.toArray(String[]::new)).query(JdbcMembers::member).list()
                    .forEach(m -> found.put(m.cardNumber(), m));
        }
        return found;
    }

    /** Inserts the members that are not there yet; answers the ids actually inserted. */
    List<UUID> insert(List<Member> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        return bind(jdbc.sql(INSERT_MANY), members).query(UUID.class).list();
    }

    /** Updates members whose version still matches; answers how many did. */
    int update(List<Member> members) {
        if (members.isEmpty()) {
            return 0;
        }
        return bind(jdbc.sql(UPDATE_MANY), members)
                .param("versions", members.stream().map(m -> String.valueOf(m.version())).toArray(String[]::new))
                .update();
    }

    boolean bumpVersion(UUID id, long version) {
        return jdbc.sql(BUMP_VERSION).param("id", id).param("version", version).update() == 1;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, List<Member> members) {
        return sql.param("ids", strings(members, m -> m.id().toString()))
                .param("cards", strings(members, Member::cardNumber))
                .param("names", strings(members, Member::fullName))
                .param("search", strings(members, m -> Member.searchable(m.fullName())))
                .param("births", strings(members, m -> m.dateOfBirth().toString()))
                .param("admissions", strings(members, m -> m.admissionDate().toString()))
                .param("officials", strings(members, m -> m.officialDate() == null ? null : m.officialDate().toString()))
                .param("statuses", strings(members, m -> m.status().name()));
    }

    private static <T> String[] strings(List<T> items, java.util.function.Function<T, String> field) {
        var values = new String[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = field.apply(items.get(i));
        }
        return values;
    }

    List<Membership> memberships(UUID memberId) {
        return jdbc.sql(MEMBERSHIPS_OF).param("id", memberId).query(JdbcMembers::membership).list();
    }

    Map<UUID, Membership> currentMemberships(Collection<UUID> memberIds) {
        var found = new HashMap<UUID, Membership>();
        if (!memberIds.isEmpty()) {
            jdbc.sql(CURRENT_MEMBERSHIPS_OF).param("ids", memberIds.stream().map(UUID::toString).toArray(String[]::new))
                    .query(JdbcMembers::membership).list().forEach(m -> found.put(m.memberId(), m));
        }
        return found;
    }

    void insertMemberships(List<Membership> memberships) {
        if (memberships.isEmpty()) {
            return;
        }
        jdbc.sql(INSERT_MEMBERSHIPS)
                .param("ids", strings(memberships, m -> m.id().toString()))
                .param("members", strings(memberships, m -> m.memberId().toString()))
                .param("cells", strings(memberships, m -> m.cellId().toString()))
                .param("groups", strings(memberships, m -> m.groupId() == null ? null : m.groupId().toString()))
                .param("froms", strings(memberships, m -> m.from().toString()))
                .update();
    }

    /** From {@code date} on, each member belongs where the given memberships say (history before is kept). */
    void move(List<Membership> next, LocalDate date) {
        if (next.isEmpty()) {
            return;
        }
        var members = next.stream().map(m -> m.memberId().toString()).toArray(String[]::new);
        jdbc.sql(DROP_SAME_DAY).param("members", members).param("date", date).update();
        jdbc.sql(CLOSE_CURRENT).param("members", members).param("date", date).update();
        insertMemberships(next);
    }

    /** Members of the cell or group on that date, each with where they were then. */
    List<MemberView> membersOn(UUID unitId, LocalDate date) {
        return jdbc.sql(MEMBERS_ON).param("unit", unitId).param("date", date)
                .query((rs, n) -> new MemberView(rs.getObject("id", UUID.class), rs.getString("card_number"),
                        rs.getString("full_name"), MemberStatus.valueOf(rs.getString("status")),
                        rs.getObject("cell_id", UUID.class), rs.getObject("group_id", UUID.class)))
                .list();
    }

    Map<UUID, List<MemberFlag>> flags(Collection<UUID> memberIds) {
        var found = new HashMap<UUID, List<MemberFlag>>();
        if (!memberIds.isEmpty()) {
            jdbc.sql(FLAGS_OF).param("ids", memberIds.stream().map(UUID::toString).toArray(String[]::new)).query((rs, n) -> new MemberFlag(
                    rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                    MemberFlag.Kind.valueOf(rs.getString("kind")), rs.getObject("valid_from", LocalDate.class),
                    rs.getObject("valid_to", LocalDate.class), rs.getObject("other_unit_id", UUID.class),
                    rs.getString("note"))).list()
                    .forEach(f -> found.computeIfAbsent(f.memberId(), k -> new ArrayList<>()).add(f));
        }
        return found;
    }

    void addFlag(MemberFlag flag) {
        jdbc.sql(INSERT_FLAG).param("id", flag.id()).param("member", flag.memberId()).param("kind", flag.kind().name())
                .param("from", flag.from()).param("to", flag.to()).param("other", flag.otherUnitId())
                .param("note", flag.note()).update();
    }

    boolean endFlag(UUID memberId, UUID flagId, LocalDate to) {
        return jdbc.sql(END_FLAG).param("id", flagId).param("member", memberId).param("to", to).update() == 1;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(rs.getObject("id", UUID.class), rs.getString("card_number"), rs.getString("full_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getObject("admission_date", LocalDate.class),
                rs.getObject("official_date", LocalDate.class), MemberStatus.valueOf(rs.getString("status")),
                rs.getLong("version"));
    }

    private static Membership membership(ResultSet rs, int row) throws SQLException {
        return new Membership(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getObject("cell_id", UUID.class), rs.getObject("group_id", UUID.class),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
    }
}
