package vn.chibo.shared.alert;

import java.util.UUID;

import vn.chibo.shared.Rule;

/**
 * A warning for those who answer for a cell (its secretary, who chairs, and the upper committee's liaison), raised
 * by any module that found something the cell must act on, e.g. a member with two months absent without reason
 * (R11). The meeting module's notices deliver it in the app; publishing it through the event publication registry
 * means it is delivered once the raising change commits, and never for one that rolled back.
 *
 * @param code  stable kebab-case id of the warning, e.g. {@code unexcused-absence-warning}
 * @param title short line for the notice list (Vietnamese)
 * @param body  the whole warning (Vietnamese)
 */
public record CellAlertRaised(UUID cellId, Rule rule, String code, String title, String body) {
}
