package vn.chibo.shared.security;

import java.io.Serializable;
import java.util.UUID;

/** A role held on an organisation node (a unit of the organisation module, by ID). */
public record Grant(Role role, UUID unitId) implements Serializable {
}
