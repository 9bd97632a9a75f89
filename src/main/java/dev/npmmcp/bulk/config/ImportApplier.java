package dev.npmmcp.bulk.config;

import dev.npmmcp.tool.InstanceTarget;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Carries out an {@link ImportPlan} in dependency order: deletes of hosts and streams (freeing their domains and
 * ports), deletes of access lists, access lists, hosts, streams, settings. Outcomes come back in the plan's order.
 */
public final class ImportApplier {

    private ImportApplier() {}

    public static List<ItemOutcome> apply(ImportPlan plan, InstanceTarget target, Batches batches) {
        Map<String, Integer> listIds = new ConcurrentHashMap<>(plan.accessListIds());
        NpmWrites writes = new NpmWrites(target.client(),
                domains -> plan.certificateIds().get(ConfigEntry.domainKey(domains)),
                listIds::get);
        Map<PlanStep, ItemOutcome> outcomes = new IdentityHashMap<>();
        List<Predicate<PlanStep>> stages = List.of(
                s -> s instanceof PlanStep.Delete d && d.entry().type() != ResourceType.ACCESS_LIST,
                s -> s instanceof PlanStep.Delete d && d.entry().type() == ResourceType.ACCESS_LIST,
                s -> writes(s) && s.entry().type() == ResourceType.ACCESS_LIST,
                s -> writes(s) && s.entry().type().isHost(),
                s -> writes(s) && s.entry().type() == ResourceType.STREAM,
                s -> writes(s) && s.entry().type() == ResourceType.SETTING);
        for (Predicate<PlanStep> stage : stages) {
            List<PlanStep> steps = plan.steps().stream().filter(stage).toList();
            List<Batches.Task> tasks = new ArrayList<>();
            for (PlanStep step : steps) {
                tasks.add(new Batches.Task(step.planned(), () -> run(step, writes, listIds)));
            }
            List<ItemOutcome> done = batches.run(tasks);
            for (int i = 0; i < steps.size(); i++) {
                outcomes.put(steps.get(i), done.get(i));
            }
        }
        return plan.steps().stream().map(s -> outcomes.getOrDefault(s, s.planned())).toList();
    }

    /** How many tasks {@link #apply} gives its batches: the plan's deletes, creates and updates. */
    public static long writeCount(ImportPlan plan) {
        return plan.steps().stream().filter(s -> s instanceof PlanStep.Delete || writes(s)).count();
    }

    private static boolean writes(PlanStep step) {
        return step instanceof PlanStep.Create || step instanceof PlanStep.Update;
    }

    private static ItemOutcome run(PlanStep step, NpmWrites writes, Map<String, Integer> listIds) {
        ItemOutcome planned = step.planned().withStatus(Status.DONE);
        Optional<String> missingList = step.entry().accessListReference()
                .filter(name -> writes(step) && !listIds.containsKey(name));
        if (missingList.isPresent()) {
            return step.planned().withStatus(Status.UNRESOLVED).withReason("Access list '" + missingList.get()
                    + "' was not imported (see its outcome), so this host is not imported unprotected.");
        }
        return switch (step) {
            case PlanStep.Create create -> {
                NpmWrites.Written written = writes.create(create.entry());
                if (create.entry() instanceof AccessListEntry list) {
                    listIds.put(list.name(), written.id());
                }
                ItemOutcome outcome = planned.withId(written.id());
                yield written.nginxProblem().map(outcome::withReason).orElse(outcome);
            }
            case PlanStep.Update update -> writes.update(update.targetId(), update.current(), update.entry())
                    .map(planned::withReason)
                    .orElse(planned);
            case PlanStep.Delete delete -> {
                writes.delete(delete.entry().type(), delete.targetId());
                yield planned;
            }
            case PlanStep.Keep keep -> keep.planned();
            case PlanStep.Blocked blocked -> blocked.planned();
        };
    }
}
