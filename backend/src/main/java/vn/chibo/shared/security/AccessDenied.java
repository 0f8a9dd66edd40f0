package vn.chibo.shared.security;

import vn.chibo.shared.DomainException;

/** The actor is logged in but holds no role that allows this on that part of the organisation. */
public class AccessDenied extends DomainException {

    public AccessDenied(String message) {
        super("access-denied", Kind.FORBIDDEN, message);
    }
}
