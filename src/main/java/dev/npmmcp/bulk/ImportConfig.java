package dev.npmmcp.bulk;

import dev.npmmcp.bulk.config.OutcomeCounts;
import dev.npmmcp.bulk.config.Batches;
import dev.npmmcp.bulk.config.ConfigCodec;
import dev.npmmcp.bulk.config.ConfigDocument;
import dev.npmmcp.bulk.config.ImportApplier;
import dev.npmmcp.bulk.config.ImportPlan;
import dev.npmmcp.bulk.config.ImportPlanner;
import dev.npmmcp.bulk.config.InstanceState;
import dev.npmmcp.bulk.config.ItemOutcome;
import dev.npmmcp.bulk.config.Labels;
import dev.npmmcp.bulk.config.PlanStep;
import dev.npmmcp.bulk.config.ResourceType;
import dev.npmmcp.bulk.config.Strategy;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** import_config: plans an import of a configuration document, and carries the plan out when asked to. */
final class ImportConfig {

    private ImportConfig() {}

    static BulkOperationsTool.Result run(ToolContext context, InstanceTarget target, BulkOperationsTool.Input input) {
        String text = input.importData().filter(t -> !t.isBlank()).orElseThrow(() -> new ToolFailure(
                "import_config needs import_data.",
                "Pass the document npm_bulk_operations operation=export_config returned (JSON or YAML)."));
        ConfigDocument document;
        try {
            document = new ConfigCodec().read(text);
        } catch (ConfigCodec.InvalidDocumentException e) {
            throw new ToolFailure("import_data is not a configuration document this server can read: "
                    + e.getMessage() + ".", "Pass the document export_config returned, changed only where needed"
                    + " (e.g. items[].password for access-list users); nothing was changed.");
        }
        if (input.resourceTypes().filter(t -> !t.isEmpty()).isPresent()) {
            document = document.only(EnumSet.copyOf(input.resourceTypes().get()));
        }
        ImportPlan plan = new ImportPlanner().plan(document, InstanceState.read(target), input.strategy());
        String where = " into instance '" + target.name() + "' (" + input.strategy().name().toLowerCase(Locale.ROOT) + ")";
        List<String> notes = new ArrayList<>(plan.notes());
        if (input.strategy() == Strategy.REPLACE) {
            notes.add("replace deletes only kinds the document carries (" + document.resourceTypes().stream()
                    .filter(t -> t != ResourceType.CERTIFICATE && t != ResourceType.SETTING)
                    .map(ResourceType::section)
                    .collect(Collectors.joining(", ")) + "); certificates and settings are never deleted.");
        }
        if (input.dryRun() || !plan.hasWrites()) {
            List<ItemOutcome> items = plan.planned();
            String message = (plan.hasWrites() ? "Plan for importing" : "Nothing to change importing") + where + ": "
                    + OutcomeCounts.of(items).byAction() + ". Nothing was changed"
                    + (plan.hasWrites() ? " (dry run); review the plan, then call again with dry_run=false"
                            + (plan.deletes().isEmpty() ? "." : " and confirm=true (it deletes).") : ".");
            return BulkOperationsTool.Result.of(target, input, input.dryRun(), message, items, notes);
        }
        List<PlanStep.Delete> deletes = plan.deletes();
        if (deletes.isEmpty()) {
            context.requireWritable("import a configuration" + where);
        } else {
            context.requireConfirmation("delete " + deletes.size() + " object(s) on instance '" + target.name()
                    + "' that the document does not have (" + deletes.stream()
                            .map(d -> d.entry().type().label() + " " + Labels.of(d.entry()))
                            .collect(Collectors.joining("; ")) + ") while importing it", input.confirm());
        }
        List<ItemOutcome> outcomes = ImportApplier.apply(plan, target,
                new Batches(input.batchSize(), input.continueOnError())
                        .reporting(context.progress(), ImportApplier.writeCount(plan), "Imported "));
        OutcomeCounts counts = OutcomeCounts.of(outcomes);
        return BulkOperationsTool.Result.of(target, input, false, "Imported the document" + where + ": "
                + counts.summary() + ".", outcomes, notes);
    }
}
