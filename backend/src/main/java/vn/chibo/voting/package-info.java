/**
 * Voting: votes on agenda items, who may vote (official members present when the vote opens), the
 * denominator of all summoned official members, thresholds per decision type, open and secret ballots,
 * and congress quorum. Public face: {@link vn.chibo.voting.VoteResults} (closed results for the minutes),
 * the events {@link vn.chibo.voting.VoteOpened} and {@link vn.chibo.voting.VoteClosed}, REST under
 * {@code /api/meetings/{id}/votes} and {@code /api/votes/{id}}, and the room events {@code vote-opened},
 * {@code vote-progress}, {@code vote-closed}, {@code vote-cancelled}. Tables in the {@code voting} schema:
 * {@code vote}, {@code elector}, {@code open_ballot}, the secret ballot box while open ({@code secret_mark},
 * {@code secret_slot}) and after the close ({@code secret_voter}, {@code secret_ballot}); see docs/voting.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voting")
package vn.chibo.voting;
