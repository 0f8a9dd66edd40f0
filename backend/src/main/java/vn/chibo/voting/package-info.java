/**
 * Voting: votes on agenda items, who may vote (official members present when the vote opens), the
 * denominator of all summoned official members, thresholds per decision type, open and secret ballots,
 * and congress quorum.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voting")
package vn.chibo.voting;
