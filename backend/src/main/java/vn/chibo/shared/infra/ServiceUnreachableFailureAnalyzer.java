package vn.chibo.shared.infra;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a start-up failure caused by an unreachable service as one line naming the service and the fix. */
class ServiceUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<ServiceUnreachable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ServiceUnreachable cause) {
        return new FailureAnalysis(cause.oneLine(), "Start " + cause.service() + ", then start the application again.",
                cause);
    }
}
