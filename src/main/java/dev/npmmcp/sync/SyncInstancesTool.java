package dev.npmmcp.sync;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.bulk.config.OutcomeCounts;
import dev.npmmcp.bulk.config.OutcomeText;
import dev.npmmcp.bulk.config.Batches;
import dev.npmmcp.bulk.config.ConfigDocument;
import dev.npmmcp.bulk.config.ConfigExporter;
import dev.npmmcp.bulk.config.ImportApplier;
import dev.npmmcp.bulk.config.ImportPlan;
import dev.npmmcp.bulk.config.ImportPlanner;
import dev.npmmcp.bulk.config.InstanceState;
import dev.npmmcp.bulk.config.ItemOutcome;
import dev.npmmcp.bulk.config.Labels;
import dev.npmmcp.bulk.config.PlanStep;
import dev.npmmcp.bulk.config.ResourceType;
import dev.npmmcp.bulk.config.Strategy;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Unadvertised;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code npm_sync_instances}: makes one NPM instance's hosts, streams, access lists and settings match another's, by
 * exporting the source in memory and importing that document into the target with the bulk import machinery.
 */
public final class SyncInstancesTool extends Tool<SyncInstancesTool.Input, SyncInstancesTool.Result> {

    public SyncInstancesTool() {
        super(new ToolSpec<>(
                "npm_sync_instances",
                "Makes target_instance match source_instance, matching by names, not ids. Hosts needing a "
                        + "certificate or password the target lacks are held back.",
                Category.BULK,
                ToolHints.writing(true, false),
                Input.class,
                Result.class));
    }

    /** How many items in the result's text rendering; the structured result has them all. */

    /** What a domain_pattern syncs unless resource_types says otherwise: the hosts and what they refer to. */
    private static final Set<ResourceType> HOSTS_AND_REFERENCES = EnumSet.of(ResourceType.CERTIFICATE,
            ResourceType.ACCESS_LIST, ResourceType.PROXY_HOST, ResourceType.REDIRECTION_HOST, ResourceType.DEAD_HOST);

    record Input(
            String sourceInstance,
            Optional<String> targetInstance,
            Optional<List<ResourceType>> resourceTypes,
            @JsonPropertyDescription("Only hosts matching this glob") Optional<String> domainPattern,
            @Default("merge") @JsonPropertyDescription("replace also deletes what the source lacks")
                    Strategy strategy,
            @Default("true") boolean dryRun,
            @Default("1")
                    int batchSize,
            @Default("true") boolean continueOnError,
            @Unadvertised @Default("false") boolean confirm,
            @Unadvertised Optional<String> instanceName) {

        Input {
            if (batchSize < 1 || batchSize > Batches.MAX_IN_FLIGHT) {
                throw new IllegalArgumentException("batch_size must be 1-" + Batches.MAX_IN_FLIGHT + ", was " + batchSize);
            }
        }
    }

    record Result(
            String sourceInstance,
            String targetInstance,
            Strategy strategy,
            boolean dryRun,
            String message,
            OutcomeCounts counts,
            List<ItemOutcome> items,
            List<String> notes) {}

    @Override
    public Result call(ToolContext context, Input input) {
        if (input.targetInstance().isPresent() && input.instanceName().isPresent()
                && !sameName(input.targetInstance().get(), input.instanceName().get())) {
            throw new ToolFailure("target_instance '" + input.targetInstance().get() + "' and instance_name '"
                    + input.instanceName().get() + "' name different instances.",
                    "Pass only target_instance: the instance to change. Nothing was changed.");
        }
        Optional<String> targetName = input.targetInstance().or(input::instanceName);
        if (targetName.isPresent() && sameName(input.sourceInstance(), targetName.get())) {
            throw sameInstance(input.sourceInstance());
        }
        InstanceTarget source = context.target(Optional.of(input.sourceInstance()));
        InstanceTarget target = context.target(targetName);
        if (sameName(source.name(), target.name())) {
            throw sameInstance(source.name());
        }
        Optional<DomainSelection> selection = DomainSelection.of(input.domainPattern());
        Set<ResourceType> types = input.resourceTypes().filter(t -> !t.isEmpty())
                .<Set<ResourceType>>map(EnumSet::copyOf)
                .orElse(selection.isPresent() ? HOSTS_AND_REFERENCES : EnumSet.allOf(ResourceType.class));
        ConfigDocument document = ConfigExporter.export(InstanceState.read(source), types, Instant.now());
        if (selection.isPresent()) {
            document = selection.get().narrow(document);
        }
        ImportPlan plan = new ImportPlanner().plan(document, InstanceState.read(target), input.strategy());
        if (selection.isPresent()) {
            plan = selection.get().narrow(plan);
        }
        List<String> notes = notes(input, document, plan, selection);
        String what = "'" + source.name() + "' to '" + target.name() + "' ("
                + input.strategy().name().toLowerCase(Locale.ROOT)
                + selection.map(s -> ", hosts matching " + s.glob()).orElse("") + ")";
        if (input.dryRun() || !plan.hasWrites()) {
            List<ItemOutcome> items = plan.planned();
            OutcomeCounts counts = OutcomeCounts.of(items);
            String message = (plan.hasWrites() ? "Plan to sync " : "Nothing to change syncing ") + what + ": "
                    + counts.summary() + ". Nothing was changed"
                    + (plan.hasWrites() ? " (dry run); review the plan with the user, then call again with"
                            + " dry_run=false" + (plan.deletes().isEmpty() ? "." : " and confirm=true (it deletes).")
                            : ".");
            return new Result(source.name(), target.name(), input.strategy(), input.dryRun(), message, counts, items,
                    notes);
        }
        List<PlanStep.Delete> deletes = plan.deletes();
        if (deletes.isEmpty()) {
            context.requireWritable("sync " + what);
        } else {
            context.requireConfirmation("delete " + deletes.size() + " object(s) on instance '" + target.name()
                    + "' that '" + source.name() + "' does not have (" + deletes.stream()
                            .map(d -> d.entry().type().label() + " " + Labels.of(d.entry()))
                            .collect(Collectors.joining("; ")) + ") while syncing it", input.confirm());
        }
        List<ItemOutcome> outcomes = ImportApplier.apply(plan, target,
                new Batches(input.batchSize(), input.continueOnError())
                        .reporting(context.progress(), ImportApplier.writeCount(plan), "Synced "));
        OutcomeCounts counts = OutcomeCounts.of(outcomes);
        return new Result(source.name(), target.name(), input.strategy(), false,
                "Synced " + what + ": " + counts.summary() + ".", counts, outcomes, notes);
    }

    private static List<String> notes(Input input, ConfigDocument document, ImportPlan plan,
            Optional<DomainSelection> selection) {
        List<String> notes = new ArrayList<>(plan.notes());
        notes.add("Certificates are matched on the target by their domain names and never copied (NPM does not hand"
                + " out keys); access-list passwords cannot be read from the source, so users new to the target"
                + " need their list created there with passwords (npm_manage_access_list) before syncing.");
        if (input.strategy() == Strategy.REPLACE) {
            notes.add(selection.map(s -> "replace under domain_pattern deletes only target hosts matching "
                            + s.glob() + ".")
                    .orElse("replace deletes only kinds being synced (" + document.resourceTypes().stream()
                            .filter(t -> t != ResourceType.CERTIFICATE && t != ResourceType.SETTING)
                            .map(ResourceType::section)
                            .collect(Collectors.joining(", ")) + "); certificates and settings are never deleted."));
        }
        return notes;
    }

    private static boolean sameName(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    private static ToolFailure sameInstance(String name) {
        return new ToolFailure("source_instance and target_instance are both '" + name + "': an instance cannot be"
                + " synced with itself.", "Pass two different instances (npm_list_instances shows them); to see one"
                + " instance's configuration use npm_bulk_operations operation=export_config. Nothing was changed.");
    }

    @Override
    public Optional<String> render(Result result) {
        StringBuilder text = OutcomeText.render(result.message(), result.counts(), result.items(), result.notes());
        return Optional.of(text.toString());
    }
}
