package dev.npmmcp.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The faults waiting in front of operations; thread-safe. */
public final class Faults {

    private final Map<String, Fault> pending = new HashMap<>();
    private volatile boolean reloadClosesConnections;

    Faults() {}

    /** Replaces any fault already set for this operation. */
    public synchronized Faults inject(String operationId, Fault fault) {
        pending.put(operationId, fault);
        return this;
    }

    /** Clears every pending fault and the reload behaviour. */
    public synchronized void clear() {
        pending.clear();
        reloadClosesConnections = false;
    }

    /**
     * Like NPM behind its nginx: every successful write reloads nginx, which closes the keep-alive connections open at
     * that moment, so the next request a client sends on one of them gets no answer and never reaches NPM.
     */
    public Faults reloadClosesConnections(boolean on) {
        reloadClosesConnections = on;
        return this;
    }

    boolean reloadClosesConnections() {
        return reloadClosesConnections;
    }

    public synchronized void clear(String operationId) {
        pending.remove(operationId);
    }

    /** Takes one use of the fault set for this operation, if any. */
    synchronized Optional<Fault> take(String operationId) {
        Fault fault = pending.get(operationId);
        if (fault == null) {
            return Optional.empty();
        }
        int left = fault.remaining();
        if (left == 1) {
            pending.remove(operationId);
        } else if (left != Integer.MAX_VALUE) {
            pending.put(operationId, fault.times(left - 1));
        }
        return Optional.of(fault);
    }
}
