package vn.chibo.voting;

/** The chair closed a vote; the result is stored for good (the minutes take it from here). */
public record VoteClosed(VoteResult result) {
}
