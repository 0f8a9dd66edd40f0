package vn.chibo.voting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import vn.chibo.shared.audit.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class VotingRulesTest extends VotingTestSupport {

    @Autowired
    ApplicationEvents events;

    @Autowired
    VoteResults results;

    private static Map<String, Object> ordinary() {
        return Map.of("decisionType", "ORDINARY_RESOLUTION", "mode", "OPEN");
    }

    @Test
    void r13_onlyOfficialMembersCastWhileProbationaryMembersSeeTheVoteAndAreRefused() throws Exception {
        var city = city(5, 0);
        probationary(city.member(4).id());
        var held = held(city, city.cell(), "REGULAR", "IN_PERSON", "RESOLUTION", false);
        inRoom(held, city.ids());
        var vote = opened(openVote(held, city.secretary(), ordinary()));
        getAs("/api/votes/" + vote, as(city.member(4))).andExpect(status().isOk())
                .andExpect(jsonPath("$.me.elector").value(true)).andExpect(jsonPath("$.me.mayCast").value(false))
                .andExpect(jsonPath("$.me.reason").value("PROBATIONARY"))
                .andExpect(jsonPath("$.eligible").value(4)).andExpect(jsonPath("$.denominator").value(4));
        cast(vote, city.member(4), "YES").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("vote-probationary-member")).andExpect(jsonPath("$.rule").value("R13"));
        cast(vote, city.member(3), "YES").andExpect(status().isCreated());
    }

    @Test
    void r10_aMemberNotInTheRoomWhenTheVoteOpensDoesNotVoteEvenAfterJoining() throws Exception {
        var city = city(4, 0);
        var held = held(city, city.cell(), "REGULAR", "IN_PERSON", "RESOLUTION", false);
        inRoom(held, city.ids().subList(0, 3));
        var vote = opened(openVote(held, city.secretary(), ordinary()));
        inRoom(held, List.of(city.member(3).id()));
        cast(vote, city.member(3), "YES").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("vote-not-present-at-opening")).andExpect(jsonPath("$.rule").value("R10"));
        var electors = read(getAs("/api/votes/" + vote + "/electors", as(city.member(3))).andExpect(status().isOk()));
        assertThat(electors.path("electors").size()).isEqualTo(4);
        getAs("/api/votes/" + vote, as(city.member(3))).andExpect(jsonPath("$.eligible").value(3))
                .andExpect(jsonPath("$.denominator").value(4)).andExpect(jsonPath("$.me.reason").value("NOT_PRESENT"));
    }

    @Test
    void r10_membersMarkedPresentInTheHallVoteInAnInPersonMeeting() throws Exception {
        var city = city(3, 0);
        var held = held(city, city.cell(), "REGULAR", "IN_PERSON", "RESOLUTION", false);
        roll(city, held, city.member(2).id(), "PRESENT_IN_PERSON", null);
        var vote = opened(openVote(held, city.secretary(), ordinary()));
        cast(vote, city.member(2), "NO").andExpect(status().isCreated());
        cast(vote, city.member(1), "NO").andExpect(status().isForbidden());
    }

    @Test
    void r14_theDenominatorIsEverySummonedOfficialMemberLessTheTransferredSuspendedAbsentExemptAndExcused()
            throws Exception {
        var city = city(12, 0);
        var m = city.ids();
        probationary(m.get(2)); // not official: never in the denominator (R13)
        flag(m.get(3), "TRANSFERRED_OUT");
        flag(m.get(4), "SUSPENDED");
        flag(m.get(5), "EXEMPT"); // absent: left out
        flag(m.get(6), "EXEMPT"); // attends: counts, and may vote
        var held = held(city, city.cell(), "REGULAR", "IN_PERSON", "RESOLUTION", false);
        roll(city, held, m.get(7), "ABSENT_WITH_REASON", "Đi công tác cả buổi");
        roll(city, held, m.get(8), "ABSENT_WITHOUT_REASON", null); // counts
        inRoom(held, List.of(m.get(0), m.get(1), m.get(2), m.get(6), m.get(9), m.get(10), m.get(11)));
        var vote = opened(openVote(held, city.secretary(), ordinary()));
        var view = read(getAs("/api/votes/" + vote, as(city.secretary())));
        var d = view.path("denominatorDetail");
        assertThat(List.of(d.path("summonedOfficial").asInt(), d.path("transferred").asInt(), d.path("suspended").asInt(),
                d.path("exemptAbsent").asInt(), d.path("exemptPresent").asInt(), d.path("excused").asInt(),
                d.path("value").asInt())).containsExactly(11, 1, 1, 1, 1, 1, 7);
        assertThat(view.path("denominator").asInt()).isEqualTo(7);
        assertThat(view.path("denominatorRule").asString()).isEqualTo("R14");
        assertThat(view.path("eligible").asInt()).isEqualTo(6); // 0, 1, 6, 9, 10, 11
        cast(vote, city.member(6), "YES").andExpect(status().isCreated());
        // 4 yes of 7: 8 > 7 passes; 3 would not (6 ≤ 7) — "of all summoned", not of the six present
        for (var i : List.of(0, 1, 9)) {
            cast(vote, city.member(i), "YES").andExpect(status().isCreated());
        }
        cast(vote, city.member(10), "NO").andExpect(status().isCreated());
        var closed = close(vote, city.secretary());
        assertThat(closed.path("result").path("yes").asInt()).isEqualTo(4);
        assertThat(closed.path("result").path("passed").asBoolean()).isTrue();
        assertThat(closed.path("rule").asString()).isEqualTo("R14");
    }

    @Test
    void r14_threeYesOfSevenSummonedFailsThoughEveryoneButOnePresentSaidYes() throws Exception {
        var city = city(7, 0);
        var held = held(city, city.cell(), "REGULAR", "IN_PERSON", "RESOLUTION", false);
        inRoom(held, city.ids().subList(0, 4));
        var vote = opened(openVote(held, city.secretary(), ordinary()));
        for (var i = 0; i < 3; i++) {
            cast(vote, city.member(i), "YES").andExpect(status().isCreated());
        }
        cast(vote, city.member(3), "ABSTAIN").andExpect(status().isCreated());
        var closed = close(vote, city.secretary());
        assertThat(closed.path("result").path("yes").asInt()).isEqualTo(3);
        assertThat(closed.path("result").path("abstain").asInt()).isEqualTo(1);
        assertThat(closed.path("denominator").asInt()).isEqualTo(7);
        assertThat(closed.path("result").path("passed").asBoolean()).isFalse();
    }

    @Test
    void r15_exactlyHalfFailsAndExactlyTwoThirdsPasses() throws Exception {
        var city = city(6, 0);
        var held = held(city, city.cell(), "REGULAR", "IN_PERSON", "ADMISSION", false);
        inRoom(held, city.ids());
        var half = opened(openVote(held, city.secretary(), ordinary()));
        for (var i = 0; i < 6; i++) {
            cast(half, city.member(i), i < 3 ? "YES" : "NO").andExpect(status().isCreated());
        }
        var r1 = close(half, city.secretary());
        assertThat(r1.path("result").path("yes").asInt()).isEqualTo(3);
        assertThat(r1.path("denominator").asInt()).isEqualTo(6);
        assertThat(r1.path("result").path("passed").asBoolean()).isFalse();

        var twoThirds = opened(openVote(held, city.secretary(), Map.of("decisionType", "ADMISSION_RECOMMENDATION",
                "mode", "OPEN", "personName", "Trần Thị Quần Chúng")));
        for (var i = 0; i < 6; i++) {
            cast(twoThirds, city.member(i), i < 4 ? "YES" : "NO").andExpect(status().isCreated());
        }
        var r2 = close(twoThirds, city.secretary());
        assertThat(r2.path("result").path("yes").asInt()).isEqualTo(4);
        assertThat(r2.path("threshold").asString()).isEqualTo("AT_LEAST_TWO_THIRDS");
        assertThat(r2.path("rule").asString()).isEqualTo("R15");
        assertThat(r2.path("result").path("passed").asBoolean()).isTrue();

        var justUnder = opened(openVote(held, city.secretary(), Map.of("decisionType", "EXPULSION_RECOMMENDATION",
                "mode", "OPEN", "personName", "Lê Văn Vi Phạm")));
        for (var i = 0; i < 3; i++) {
            cast(justUnder, city.member(i), "YES").andExpect(status().isCreated());
        }
        assertThat(close(justUnder, city.secretary()).path("result").path("passed").asBoolean()).isFalse();
    }

    @Test
    void r15_personnelIsDecidedOnePersonAtATime() throws Exception {
        var city = city(3, 0);
        var held = held(city, city.cell(), "REGULAR", "IN_PERSON", "DISCIPLINE", false);
        openVote(held, city.secretary(), Map.of("decisionType", "DISCIPLINE", "mode", "OPEN"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("vote-one-person-at-a-time"))
                .andExpect(jsonPath("$.rule").value("R15"));
        openVote(held, city.secretary(), Map.of("decisionType", "DISCIPLINE", "mode", "OPEN", "personName",
                "Nguyễn Văn A, Trần Văn B")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("vote-one-person-at-a-time"));
        thresholdArithmeticIsExact();
    }

    private static void thresholdArithmeticIsExact() {
        var half = DecisionType.Threshold.MORE_THAN_HALF;
        var twoThirds = DecisionType.Threshold.AT_LEAST_TWO_THIRDS;
        assertThat(half.reachedBy(5, 10)).isFalse();
        assertThat(half.reachedBy(6, 10)).isTrue();
        assertThat(half.reachedBy(4, 7)).isTrue();
        assertThat(twoThirds.reachedBy(6, 9)).isTrue();
        assertThat(twoThirds.reachedBy(5, 9)).isFalse();
        assertThat(twoThirds.reachedBy(5, 7)).isTrue(); // 15 ≥ 14
        assertThat(twoThirds.reachedBy(4, 7)).isFalse(); // 12 < 14
        assertThat(half.reachedBy(0, 0)).isFalse();
    }

    @Test
    void r16_eachMemberCastsOnceElectionsAreSecretAndOpenVotesRecordEachChoice() throws Exception {
        var city = city(4, 0);
        var held = held(city, city.cell(), "REGULAR", "IN_PERSON", "ELECTION", false);
        inRoom(held, city.ids());
        openVote(held, city.secretary(), Map.of("decisionType", "ELECTION", "mode", "OPEN", "personName", "Phạm Văn Bầu"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("election-must-be-secret"))
                .andExpect(jsonPath("$.rule").value("R16"));
        var election = opened(openVote(held, city.secretary(), Map.of("decisionType", "ELECTION", "personName",
                "Phạm Văn Bầu")));
        getAs("/api/votes/" + election, as(city.secretary())).andExpect(jsonPath("$.mode").value("SECRET"));
        var receipt = read(cast(election, city.member(2), "YES").andExpect(status().isCreated())).path("receipt").asString();
        assertThat(receipt).matches("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}");
        cast(election, city.member(2), "NO").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ballot-already-cast")).andExpect(jsonPath("$.rule").value("R16"));
        cast(election, city.member(3), "NO").andExpect(status().isCreated());
        getAs("/api/votes/" + election + "/ballots", as(city.member(1))).andExpect(jsonPath("$.secret.length()").value(0));
        close(election, city.secretary());
        var published = read(getAs("/api/votes/" + election + "/ballots", as(city.member(1))).andExpect(status().isOk()));
        assertThat(published.path("secret").size()).isEqualTo(2);
        assertThat(published.toString()).contains(receipt).doesNotContain(city.member(2).id().toString());
        cast(election, city.member(1), "YES").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("vote-not-open"));

        var open = opened(openVote(held, city.secretary(), ordinary()));
        cast(open, city.member(1), "ABSTAIN").andExpect(status().isCreated());
        cast(open, city.member(1), "YES").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ballot-already-cast"));
        getAs("/api/votes/" + open, as(city.member(1))).andExpect(jsonPath("$.me.voted").value(true))
                .andExpect(jsonPath("$.me.choice").value("ABSTAIN"));
        close(open, city.secretary());
        getAs("/api/votes/" + open + "/ballots", as(city.member(2))).andExpect(jsonPath("$.open[0].memberId")
                .value(city.member(1).id().toString())).andExpect(jsonPath("$.open[0].choice").value("ABSTAIN"));
    }

    @Test
    void r17_aCongressCannotVoteWithFewerThanTwoThirdsOfSummonedMembersPresent() throws Exception {
        var city = city(6, 0);
        var held = held(city, city.cell(), "CONGRESS", "IN_PERSON", "RESOLUTION", false);
        inRoom(held, city.ids().subList(0, 3));
        getAs("/api/meetings/" + held.id() + "/congress-quorum", as(city.member(4))).andExpect(status().isOk())
                .andExpect(jsonPath("$.congress").value(true)).andExpect(jsonPath("$.summoned").value(6))
                .andExpect(jsonPath("$.present").value(3)).andExpect(jsonPath("$.required").value(4))
                .andExpect(jsonPath("$.met").value(false)).andExpect(jsonPath("$.rule").value("R17"));
        openVote(held, city.secretary(), ordinary()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("congress-quorum-not-met")).andExpect(jsonPath("$.rule").value("R17"));
        inRoom(held, List.of(city.member(3).id()));
        getAs("/api/meetings/" + held.id() + "/congress-quorum", as(city.member(4))).andExpect(jsonPath("$.met").value(true));
        opened(openVote(held, city.secretary(), ordinary()));
    }

    @Test
    void r17_aRegularMeetingShowsAttendanceButInventsNoQuorum() throws Exception {
        var city = city(6, 0);
        var held = held(city, city.cell(), "REGULAR", "IN_PERSON", "RESOLUTION", false);
        inRoom(held, city.ids().subList(0, 2));
        getAs("/api/meetings/" + held.id() + "/congress-quorum", as(city.member(4))).andExpect(jsonPath("$.congress").value(false))
                .andExpect(jsonPath("$.present").value(2)).andExpect(jsonPath("$.met").isEmpty());
        opened(openVote(held, city.secretary(), ordinary()));
    }

    @Test
    void r4_secretBallotsAndRestrictedDecisionsAreRefusedInAnOnlineOnlyMeeting() throws Exception {
        var city = city(4, 0);
        var online = held(city, city.cell(), "REGULAR", "ONLINE", "RESOLUTION", false);
        inRoom(online, city.ids());
        openVote(online, city.secretary(), Map.of("decisionType", "ORDINARY_RESOLUTION", "mode", "SECRET"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("vote-restricted-online"))
                .andExpect(jsonPath("$.rule").value("R4"));
        openVote(online, city.secretary(), Map.of("decisionType", "DISCIPLINE", "mode", "OPEN", "personName", "Lê Văn C"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rule").value("R4"));
        opened(openVote(online, city.secretary(), ordinary()));

        var other = city(4, 0);
        var hybrid = held(other, other.cell(), "REGULAR", "HYBRID", "RESOLUTION", false);
        opened(openVote(hybrid, other.secretary(), Map.of("decisionType", "ORDINARY_RESOLUTION", "mode", "SECRET")));
    }

    @Test
    void r25_aPartyGroupsCellWideDecisionCountsAgainstTheCellWideDenominator() throws Exception {
        var city = city(50, 2);
        var group = city.groups().get(0);
        var held = held(city, group, "REGULAR", "IN_PERSON", "RESOLUTION", false);
        var groupMembers = city.ids().stream().filter(id -> city.ids().indexOf(id) % 2 == 0).toList();
        inRoom(held, groupMembers.subList(0, 20));
        var leader = city.secretary();
        var cellWide = opened(openVote(held, leader, ordinary()));
        var view = read(getAs("/api/votes/" + cellWide, as(leader)));
        assertThat(view.path("denominator").asInt()).isEqualTo(50);
        assertThat(view.path("denominatorRule").asString()).isEqualTo("R25");
        assertThat(view.path("eligible").asInt()).isEqualTo(20);
        for (var i = 0; i < 20; i++) {
            cast(cellWide, city.member(i * 2), "YES").andExpect(status().isCreated());
        }
        // twenty yes is four fifths of the group but not more than half of the cell
        assertThat(close(cellWide, leader).path("result").path("passed").asBoolean()).isFalse();
        var groupOnly = opened(openVote(held, leader, Map.of("decisionType", "OTHER", "mode", "OPEN", "cellWide", false)));
        assertThat(read(getAs("/api/votes/" + groupOnly, as(leader))).path("denominator").asInt()).isEqualTo(25);
    }

    @Test
    void aClosedResultIsStoredForGoodAuditedAndHandedToTheMinutes() throws Exception {
        var city = city(3, 0);
        var held = held(city, city.cell(), "REGULAR", "IN_PERSON", "RESOLUTION", false);
        inRoom(held, city.ids());
        openVote(held, city.member(2), ordinary()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("vote-chair-only"));
        var vote = opened(openVote(held, city.secretary(), ordinary()));
        openVote(held, city.secretary(), ordinary()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("vote-already-open"));
        for (var i = 0; i < 3; i++) {
            cast(vote, city.member(i), "YES").andExpect(status().isCreated());
        }
        postJson("/api/votes/" + vote + "/close", "{}", as(city.member(2))).andExpect(status().isForbidden());
        close(vote, city.secretary());
        postJson("/api/votes/" + vote + "/close", "{}", as(city.secretary())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("vote-not-open"));
        var stored = results.closedIn(held.id());
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.yes()).isEqualTo(3);
            assertThat(r.denominator()).isEqualTo(3);
            assertThat(r.passed()).isTrue();
            assertThat(r.rule()).isEqualTo("R14");
        });
        assertThatThrownBy(() -> jdbc.sql("update voting.vote set yes = 0 where id = :id").param("id", vote).update())
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from voting.vote where id = :id").param("id", vote).update())
                .hasMessageContaining("never deleted");
        assertThatThrownBy(() -> jdbc.sql("delete from voting.open_ballot where vote_id = :id").param("id", vote).update())
                .hasMessageContaining("append-only");
        assertThat(events.stream(AuditEvent.class).map(AuditEvent::action)).contains("vote.opened", "vote.closed");
        assertThat(events.stream(VoteClosed.class).map(e -> e.result().voteId())).contains(vote);
        var stranger = city(2, 0).member(1);
        getAs("/api/votes/" + vote, as(stranger)).andExpect(status().isForbidden());
        cast(UUID.randomUUID(), city.member(1), "YES").andExpect(status().isNotFound());
    }
}
