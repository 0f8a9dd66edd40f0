package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.UUID;

/** A period in which a member belonged to a cell (and maybe one of its groups); {@code to} is exclusive. */
record Membership(UUID id, UUID memberId, UUID cellId, UUID groupId, LocalDate from, LocalDate to) {
}
