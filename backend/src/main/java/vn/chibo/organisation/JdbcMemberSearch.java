package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finding members of a subtree on a date, by name (accent-insensitive), card, status and flag. */
@Repository
class JdbcMemberSearch {

    private static final String SEARCH = """
            select m.id, m.card_number, m.full_name, m.date_of_birth, m.admission_date, m.official_date, m.status,
                   m.version, ms.cell_id, count(*) over () as total
              from organisation.member m
              join organisation.membership ms on ms.member_id = m.id
                   and ms.valid_from <= :date and (ms.valid_to is null or ms.valid_to > :date)
              join organisation.unit c on c.id = ms.cell_id
             where (c.path like :prefix or ms.group_id = :unit)
               and (cast(:q as text) is null or m.search_name like '%' || cast(:q as text) || '%'
                    or m.card_number like cast(:q as text) || '%')
               and (cast(:status as text) is null or m.status = cast(:status as text))
               and (cast(:flag as text) is null or exists (
                    select 1 from organisation.member_flag f
                     where f.member_id = m.id and f.kind = cast(:flag as text)
                       and f.valid_from <= :date and (f.valid_to is null or f.valid_to >= :date)))
             order by c.path, m.search_name, m.card_number
             limit :limit offset :offset
            """;

    private final JdbcClient jdbc;

    JdbcMemberSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Found(List<MemberRegistry.Placed> rows, long total) {
    }

    Found search(Unit unit, String q, MemberStatus status, MemberFlag.Kind flag, LocalDate date, int page, int size) {
        var text = q == null || q.isBlank() ? null : Member.searchable(q);
        long[] total = {0};
        var rows = jdbc.sql(SEARCH).param("date", date).param("prefix", unit.path() + "%").param("unit", unit.id())
                .param("q", text).param("status", status == null ? null : status.name())
                .param("flag", flag == null ? null : flag.name()).param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new MemberRegistry.Placed(JdbcMembers.member(rs, n), rs.getObject("cell_id", UUID.class),
                            rs.getObject("id", UUID.class));
                }).list();
        if (rows.isEmpty() && page > 0) {
            total[0] = search(unit, q, status, flag, date, 0, 1).total();
        }
        return new Found(rows, total[0]);
    }

    /** Every current member of the subtree, for an export. */
    List<MemberRegistry.Placed> everyone(Unit unit, LocalDate date) {
        return search(unit, null, null, null, date, 0, Integer.MAX_VALUE).rows();
    }
}
