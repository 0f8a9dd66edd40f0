package vn.chibo.voting;

import vn.chibo.shared.Rule;

/**
 * What a vote decides; the type fixes the threshold over the denominator of all summoned official members
 * (R14, R15).
 */
public enum DecisionType {
    /** An ordinary resolution of the cell: yes more than half (R14). */
    ORDINARY_RESOLUTION(Threshold.MORE_THAN_HALF, Rule.R14),
    /** Recommending a person for admission to the Party: at least two thirds (R15). */
    ADMISSION_RECOMMENDATION(Threshold.AT_LEAST_TWO_THIRDS, Rule.R15),
    /** Recognising a probationary member as official: at least two thirds (R15). */
    OFFICIAL_RECOGNITION(Threshold.AT_LEAST_TWO_THIRDS, Rule.R15),
    /** A disciplinary measure: more than half (R15). */
    DISCIPLINE(Threshold.MORE_THAN_HALF, Rule.R15),
    /** Recommending expulsion: at least two thirds (R15). */
    EXPULSION_RECOMMENDATION(Threshold.AT_LEAST_TWO_THIRDS, Rule.R15),
    /** Electing a person (always secret, Điều 12.3): more than half (R14, R16). */
    ELECTION(Threshold.MORE_THAN_HALF, Rule.R16),
    /** Anything else the cell decides: more than half (R14). */
    OTHER(Threshold.MORE_THAN_HALF, Rule.R14);

    private final Threshold threshold;
    private final Rule rule;

    DecisionType(Threshold threshold, Rule rule) {
        this.threshold = threshold;
        this.rule = rule;
    }

    public Threshold threshold() {
        return threshold;
    }

    /** The rule that sets the threshold, shown with every result. */
    public Rule rule() {
        return rule;
    }

    /** A share of the denominator that "yes" must reach. */
    public enum Threshold {
        /** yes × 2 > denominator. */
        MORE_THAN_HALF,
        /** yes × 3 ≥ denominator × 2. */
        AT_LEAST_TWO_THIRDS;

        /** Exact integer arithmetic, no rounding: passes exactly at 2/3, fails exactly at 1/2. */
        public boolean reachedBy(int yes, int denominator) {
            if (denominator <= 0) {
                return false;
            }
            return switch (this) {
                case MORE_THAN_HALF -> 2L * yes > denominator;
                case AT_LEAST_TWO_THIRDS -> 3L * yes >= 2L * denominator;
            };
        }
    }
}
