package dev.npmmcp.intent;

import java.util.List;
import java.util.Optional;

/**
 * What {@code npm_expose_service} will do (or did): each object it reuses, creates or changes, in the order it acts,
 * and what stands in the way.
 */
record ExposePlan(List<Step> steps, List<String> conflicts, List<String> notes) {

    enum Action {
        /** NPM already holds it as wanted. */
        REUSE,
        CREATE,
        UPDATE
    }

    /**
     * @param kind access_list, certificate or proxy_host
     * @param id the object's id; empty for one not created yet
     * @param detail what it is or what changes, in a line
     */
    record Step(String kind, String action, Optional<Integer> id, String detail) {}

    ExposePlan {
        steps = List.copyOf(steps);
        conflicts = List.copyOf(conflicts);
        notes = List.copyOf(notes);
    }

    /** Nothing to send: the service is exposed exactly as asked. */
    boolean unchanged() {
        return steps.stream().allMatch(step -> step.action().equals("reuse"));
    }
}
