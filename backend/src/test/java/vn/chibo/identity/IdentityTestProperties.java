package vn.chibo.identity;

/** Every identity integration test runs with these, so that they share one application context. */
final class IdentityTestProperties {

    /** All tests come from 127.0.0.1: the per-address limit would make them depend on each other. */
    static final String ALL = "chibo.identity.address-failures-before-throttle=1000000";

    private IdentityTestProperties() {
    }
}
