package dev.npmmcp.bulk.config;

import java.util.List;
import java.util.Map;

/**
 * What importing a document into an instance would do, object by object. Built by {@link ImportPlanner} without
 * changing anything; {@link ImportApplier} carries it out.
 *
 * @param certificateIds the target's certificate chosen for each certificate reference (domain key to id)
 * @param accessListIds the target's access lists by name, before the import
 * @param notes caveats about the whole import
 */
public record ImportPlan(
        String instance,
        Strategy strategy,
        List<PlanStep> steps,
        Map<String, Integer> certificateIds,
        Map<String, Integer> accessListIds,
        List<String> notes) {

    public ImportPlan {
        steps = List.copyOf(steps);
        certificateIds = Map.copyOf(certificateIds);
        accessListIds = Map.copyOf(accessListIds);
        notes = List.copyOf(notes);
    }

    public List<PlanStep.Delete> deletes() {
        return steps.stream().filter(PlanStep.Delete.class::isInstance).map(PlanStep.Delete.class::cast).toList();
    }

    /** True when applying would send anything to NPM. */
    public boolean hasWrites() {
        return steps.stream().anyMatch(s -> s instanceof PlanStep.Create || s instanceof PlanStep.Update
                || s instanceof PlanStep.Delete);
    }

    public List<ItemOutcome> planned() {
        return steps.stream().map(PlanStep::planned).toList();
    }
}
