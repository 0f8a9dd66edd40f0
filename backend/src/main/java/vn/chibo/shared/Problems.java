package vn.chibo.shared;

import java.net.URI;

/** Problem-detail type URIs, one per refusal code, documented in docs/problems.md. */
public final class Problems {

    private Problems() {
    }

    public static URI type(String code) {
        return URI.create("urn:chibo:problem:" + code);
    }
}
