package vn.chibo.voting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.chibo.attendance.RollStatus;
import vn.chibo.organisation.MemberStanding;
import vn.chibo.organisation.MemberStatus;
import vn.chibo.shared.Rule;

/**
 * Who may cast and what the denominator is, frozen when a vote opens. Pure arithmetic over the member records on
 * the meeting date, the roll and who was present at the opening.
 *
 * @param electors    everyone of the meeting's unit, each with whether they may cast and why not
 * @param denominator R14: all summoned official members less the exclusions, with each exclusion counted
 */
record Electorate(List<Elector> electors, Denominator denominator) {

    /** Why a member of the unit may not cast. */
    enum Reason {
        /** R13: probationary members attend and speak but do not vote. */
        PROBATIONARY,
        /** R10: not present in the room (or the hall) when the vote opened. */
        NOT_PRESENT,
        TRANSFERRED,
        SUSPENDED
    }

    record Elector(UUID memberId, String fullName, boolean mayCast, Reason reason) {
    }

    /**
     * R14 (and R25 when {@code cellWide}): {@code value = summonedOfficial − transferred − suspended − exemptAbsent −
     * excused}; each member is left out for the first reason that applies, in that order.
     */
    record Denominator(int summonedOfficial, int transferred, int suspended, int exemptAbsent, int exemptPresent,
            int excused, int value, boolean cellWide) {
    }

    /** The rule the denominator is computed under: R14, or R25 for a cell-wide decision of a party group. */
    static Rule ruleOf(Denominator d) {
        return d.cellWide() ? Rule.R25 : Rule.R14;
    }

    int eligible() {
        return (int) electors.stream().filter(Elector::mayCast).count();
    }

    /**
     * @param unit     the members of the meeting's unit (cell or party group) on the meeting date, with their flags
     * @param base     whose official members the denominator counts: the unit, or the whole cell for a cell-wide
     *                 decision taken in a party-group meeting (R25)
     * @param roll     the roll's statuses (a member without a line has none)
     * @param present  who was present when the vote opened (R10)
     */
    static Electorate freeze(List<MemberStanding> unit, List<MemberStanding> base, Map<UUID, RollStatus> roll,
            Set<UUID> present, boolean cellWide) {
        var electors = new ArrayList<Elector>();
        for (var s : unit) {
            var id = s.member().id();
            Reason reason = null;
            if (s.member().status() != MemberStatus.OFFICIAL) {
                reason = Reason.PROBATIONARY;
            }
            else if (transferred(s, roll)) {
                reason = Reason.TRANSFERRED;
            }
            else if (suspended(s, roll)) {
                reason = Reason.SUSPENDED;
            }
            else if (!present.contains(id)) {
                reason = Reason.NOT_PRESENT;
            }
            electors.add(new Elector(id, s.member().fullName(), reason == null, reason));
        }
        return new Electorate(List.copyOf(electors), denominator(base, roll, present, cellWide));
    }

    static Denominator denominator(Collection<MemberStanding> base, Map<UUID, RollStatus> roll, Set<UUID> present,
            boolean cellWide) {
        int summoned = 0, transferred = 0, suspended = 0, exemptAbsent = 0, exemptPresent = 0, excused = 0;
        for (var s : base) {
            if (s.member().status() != MemberStatus.OFFICIAL) {
                continue;
            }
            summoned++;
            var id = s.member().id();
            var here = present.contains(id);
            if (transferred(s, roll)) {
                transferred++;
            }
            else if (suspended(s, roll)) {
                suspended++;
            }
            else if (s.exempt() || roll.get(id) == RollStatus.EXEMPT) {
                if (here) {
                    exemptPresent++;
                }
                else {
                    exemptAbsent++;
                }
            }
            else if (!here && roll.get(id) == RollStatus.ABSENT_WITH_REASON) {
                excused++;
            }
        }
        var value = summoned - transferred - suspended - exemptAbsent - excused;
        return new Denominator(summoned, transferred, suspended, exemptAbsent, exemptPresent, excused, value, cellWide);
    }

    private static boolean transferred(MemberStanding s, Map<UUID, RollStatus> roll) {
        return s.transferredOut() || roll.get(s.member().id()) == RollStatus.TRANSFERRED;
    }

    private static boolean suspended(MemberStanding s, Map<UUID, RollStatus> roll) {
        return s.suspended() || roll.get(s.member().id()) == RollStatus.SUSPENDED;
    }
}
