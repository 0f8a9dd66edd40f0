package vn.chibo.voting;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.shared.security.CurrentActor;

/** Votes over REST (docs/voting.md); live changes reach the room as announced events. */
@RestController
class VotingController {

    private final Voting voting;
    private final CurrentActor currentActor;

    VotingController(Voting voting, CurrentActor currentActor) {
        this.voting = voting;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/meetings/{meetingId}/votes")
    List<Voting.VoteView> ofMeeting(@PathVariable UUID meetingId) {
        return voting.votesOf(meetingId, currentActor.require());
    }

    @PostMapping("/api/meetings/{meetingId}/votes")
    @ResponseStatus(HttpStatus.CREATED)
    Voting.VoteView open(@PathVariable UUID meetingId, @RequestBody Voting.OpenBody body) {
        return voting.open(meetingId, body, currentActor.require());
    }

    @GetMapping("/api/meetings/{meetingId}/congress-quorum")
    Voting.QuorumView quorum(@PathVariable UUID meetingId) {
        return voting.congressQuorum(meetingId, currentActor.require());
    }

    @GetMapping("/api/votes/{voteId}")
    Voting.VoteView vote(@PathVariable UUID voteId) {
        return voting.find(voteId, currentActor.require());
    }

    @GetMapping("/api/votes/{voteId}/electors")
    Voting.ElectorsView electors(@PathVariable UUID voteId) {
        return voting.electors(voteId, currentActor.require());
    }

    @PostMapping("/api/votes/{voteId}/ballots")
    @ResponseStatus(HttpStatus.CREATED)
    Voting.CastReceipt cast(@PathVariable UUID voteId, @RequestBody Voting.CastBody body) {
        return voting.cast(voteId, body, currentActor.require());
    }

    @GetMapping("/api/votes/{voteId}/ballots")
    Voting.BallotsView ballots(@PathVariable UUID voteId) {
        return voting.ballots(voteId, currentActor.require());
    }

    @PostMapping("/api/votes/{voteId}/close")
    Voting.VoteView close(@PathVariable UUID voteId) {
        return voting.close(voteId, currentActor.require());
    }

    @PostMapping("/api/votes/{voteId}/cancel")
    Voting.VoteView cancel(@PathVariable UUID voteId) {
        return voting.cancel(voteId, currentActor.require());
    }
}
