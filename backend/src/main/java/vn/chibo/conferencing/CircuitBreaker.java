package vn.chibo.conferencing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A small circuit breaker: CLOSED counts consecutive failures and opens after {@code failuresToOpen}; OPEN
 * refuses every call until {@code openFor} has passed, then lets one trial call through (HALF_OPEN); that call's
 * success closes it, its failure opens it again. Thread-safe; one per remote service.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failuresToOpen;
    private final Duration openFor;
    private final Clock clock;

    private State state = State.CLOSED;
    private int failures;
    private Instant openedAt;
    private boolean trialInFlight;

    CircuitBreaker(int failuresToOpen, Duration openFor, Clock clock) {
        this.failuresToOpen = failuresToOpen;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go out now; when true the caller must report {@link #succeeded()} or {@link #failed()}. */
    synchronized boolean tryAcquire() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    synchronized void succeeded() {
        state = State.CLOSED;
        failures = 0;
        trialInFlight = false;
    }

    synchronized void failed() {
        failures++;
        if (state == State.HALF_OPEN || failures >= failuresToOpen) {
            state = State.OPEN;
            openedAt = clock.instant();
            trialInFlight = false;
        }
    }

    synchronized State state() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            return State.HALF_OPEN;
        }
        return state;
    }
}
