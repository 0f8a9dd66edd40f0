package vn.chibo.voting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import vn.chibo.room.RoomAnnouncements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R16: after a secret vote nothing links a member to a choice — not a row of any table of the database (every schema,
 * every column, and the system columns: rows written by one transaction share {@code xmin}, rows written one after
 * another sit in that order), not a line of the application log, not an event announced to the room. The members cast
 * in an order that gives their choices away (the first four yes, then three no, then an abstention), so any trace of
 * the casting order would be a link.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretBallotUnlinkabilityTest extends VotingTestSupport {

    @MockitoSpyBean
    RoomAnnouncements announcements;

    private static final Set<String> CHOICES = Set.of("YES", "NO", "ABSTAIN");

    @Test
    void r16_afterASecretVoteNoTableLogLineOrRoomEventLinksAMemberToAChoice(CapturedOutput output) throws Exception {
        var city = city(9, 0);
        var held = held(city, city.cell(), "REGULAR", "HYBRID", "ELECTION", false);
        inRoom(held, city.ids());
        var vote = opened(openVote(held, city.secretary(), Map.of("decisionType", "ELECTION", "mode", "SECRET",
                "personName", "Võ Thị Ứng Cử")));
        var choices = List.of("YES", "YES", "YES", "YES", "NO", "NO", "NO", "ABSTAIN");
        var voters = new ArrayList<UUID>();
        var receipts = new ArrayList<String>();
        for (int i = 0; i < choices.size(); i++) {
            var person = city.member(i);
            receipts.add(read(cast(vote, person, choices.get(i)).andExpect(status().isCreated())).path("receipt").asString());
            voters.add(person.id());
        }
        // while the vote is open the danger is real: one transaction wrote the mark and filled the slot
        assertThat(jdbc.sql("""
                select count(*) from voting.secret_mark m join voting.secret_slot s
                  on s.vote_id = m.vote_id and s.xmin = m.xmin where m.vote_id = :v
                """).param("v", vote).query(Integer.class).single()).isEqualTo(choices.size());
        var closed = close(vote, city.secretary());
        assertThat(closed.path("result").path("yes").asInt()).isEqualTo(4);
        assertThat(closed.path("result").path("no").asInt()).isEqualTo(3);
        assertThat(closed.path("result").path("abstain").asInt()).isEqualTo(1);
        var voterIds = voters.stream().map(UUID::toString).toList();

        // 1. every row of every table: no row holds a voter together with a choice or a receipt
        var rows = everyRow();
        assertThat(rows).isNotEmpty();
        for (var row : rows) {
            var member = voterIds.stream().anyMatch(row.text()::contains);
            var ballot = receipts.stream().anyMatch(row.text()::contains) || tokens(row.text()).stream().anyMatch(CHOICES::contains);
            assertThat(member && ballot).as("row of %s links a member to a ballot: %s", row.table(), row.text()).isFalse();
        }
        // receipts are only in the published ballots
        assertThat(rows.stream().filter(r -> receipts.stream().anyMatch(r.text()::contains)).map(Row::table).distinct())
                .containsExactly("voting.secret_ballot");

        // 2. xmin: a transaction that wrote a voter's row and a ballot wrote every voter and every ballot (the close)
        var membersByXmin = new HashMap<String, Set<String>>();
        var receiptsByXmin = new HashMap<String, Set<String>>();
        for (var row : rows) {
            voterIds.stream().filter(row.text()::contains)
                    .forEach(id -> membersByXmin.computeIfAbsent(row.xmin(), x -> new HashSet<>()).add(id));
            receipts.stream().filter(row.text()::contains)
                    .forEach(r -> receiptsByXmin.computeIfAbsent(row.xmin(), x -> new HashSet<>()).add(r));
        }
        for (var xmin : receiptsByXmin.keySet()) {
            if (membersByXmin.containsKey(xmin)) {
                assertThat(receiptsByXmin.get(xmin)).as("ballots written by transaction %s", xmin)
                        .containsExactlyInAnyOrderElementsOf(receipts);
                assertThat(membersByXmin.get(xmin)).as("voters written by transaction %s", xmin).containsAll(voterIds);
            }
        }
        var voterXmins = jdbc.sql("select distinct xmin::text from voting.secret_voter where vote_id = :v").param("v", vote)
                .query(String.class).list();
        var ballotXmins = jdbc.sql("select distinct xmin::text from voting.secret_ballot where vote_id = :v").param("v", vote)
                .query(String.class).list();
        assertThat(voterXmins).hasSize(1);
        assertThat(ballotXmins).isEqualTo(voterXmins);

        // 3. physical order: voters lie in member-id order, ballots in receipt order, neither in casting order
        var voterOrder = jdbc.sql("select member_id::text from voting.secret_voter where vote_id = :v order by ctid")
                .param("v", vote).query(String.class).list();
        assertThat(voterOrder).isSorted().containsExactlyInAnyOrderElementsOf(voterIds);
        var ballotOrder = jdbc.sql("select receipt from voting.secret_ballot where vote_id = :v order by ctid")
                .param("v", vote).query(String.class).list();
        assertThat(ballotOrder).isSorted().containsExactlyInAnyOrderElementsOf(receipts);
        assertThat(jdbc.sql("select count(*) from voting.secret_slot where vote_id = :v").param("v", vote)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from voting.secret_mark where vote_id = :v").param("v", vote)
                .query(Integer.class).single()).isZero();

        // 4. the application log names no receipt, and no line names a voter with a choice
        var log = output.getAll();
        assertThat(receipts).noneMatch(log::contains);
        for (var line : log.split("\n")) {
            var member = voterIds.stream().anyMatch(line::contains);
            assertThat(member && tokens(line).stream().anyMatch(CHOICES::contains)).as("log line %s", line).isFalse();
        }

        // 5. the room was told how many have cast, never who cast how
        var announced = Mockito.mockingDetails(announcements).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("announce")).map(i -> Arrays.toString(i.getArguments()))
                .toList();
        assertThat(announced).hasSize(1 + choices.size() + 1);
        for (var event : announced) {
            assertThat(voterIds).noneMatch(event::contains);
            assertThat(receipts).noneMatch(event::contains);
        }
        assertThat(announced).filteredOn(e -> e.contains("vote-progress"))
                .allSatisfy(e -> assertThat(tokens(e)).doesNotContainAnyElementsOf(CHOICES));
    }

    record Row(String table, String xmin, String text) {
    }

    /** Every row of every table of every schema of the test database, as text, with its xmin. */
    private List<Row> everyRow() {
        var tables = jdbc.sql("""
                select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                """).query(String.class).list();
        var rows = new ArrayList<Row>();
        for (var table : tables) {
            rows.addAll(jdbc.sql("select xmin::text as x, t::text as r from " + table + " t")
                    .query((rs, i) -> new Row(table, rs.getString("x"), rs.getString("r"))).list());
        }
        return rows;
    }

    private static List<String> tokens(String text) {
        return Arrays.asList(text.split("[^A-Za-z0-9_]+"));
    }
}
