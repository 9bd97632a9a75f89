package dev.npmmcp.bulk;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.bulk.config.Batches;
import dev.npmmcp.bulk.config.OutcomeCounts;
import dev.npmmcp.bulk.config.OutcomeText;
import dev.npmmcp.bulk.config.ConfigFormat;
import dev.npmmcp.bulk.config.ItemOutcome;
import dev.npmmcp.bulk.config.ResourceType;
import dev.npmmcp.bulk.config.Strategy;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import dev.npmmcp.tool.Unadvertised;
import java.util.List;
import java.util.Optional;

/**
 * {@code npm_bulk_operations}: certificate renewals, host toggles and deletes over many objects at once, and the
 * export/import of an instance's configuration as a portable document.
 */
public final class BulkOperationsTool extends Tool<BulkOperationsTool.Input, BulkOperationsTool.Result> {

    public BulkOperationsTool() {
        super(new ToolSpec<>(
                "npm_bulk_operations",
                "Many objects of one instance. toggle_hosts: host_ids and/or domain_pattern (glob). "
                        + "delete_resources: resource_type + resource_ids. renew_certificates: cert_ids, or all "
                        + "expiring within expiring_within_days. export_config writes a document (names, not ids; "
                        + "no secrets) for import_config.",
                Category.BULK,
                ToolHints.writing(true, false),
                Input.class,
                Result.class));
    }

    /** How many items in the result's text rendering; the structured result has them all. */

    enum Operation {
        @JsonProperty("renew_certificates")
        RENEW_CERTIFICATES,
        @JsonProperty("toggle_hosts")
        TOGGLE_HOSTS,
        @JsonProperty("delete_resources")
        DELETE_RESOURCES,
        @JsonProperty("export_config")
        EXPORT_CONFIG,
        @JsonProperty("import_config")
        IMPORT_CONFIG
    }

    enum ToggleAction {
        @JsonProperty("enable")
        ENABLE,
        @JsonProperty("disable")
        DISABLE
    }

    record Input(
            Operation operation,
            Optional<List<Integer>> certIds,
            Optional<Integer> expiringWithinDays,
            Optional<ToggleAction> action,
            Optional<List<Integer>> hostIds,
            Optional<String> domainPattern,
            @Default("false")
                    boolean enabledOnly,
            Optional<ResourceType> resourceType,
            Optional<List<Integer>> resourceIds,
            Optional<List<ResourceType>> resourceTypes,
            @Default("json") ConfigFormat format,
            @JsonPropertyDescription("export_config's document; give items[].password for new access-list users")
                    Optional<String> importData,
            @Default("merge") @JsonPropertyDescription("replace also deletes what the document lacks")
                    Strategy strategy,
            @Default("true") boolean dryRun,
            @Default("1") int batchSize,
            @Default("true") boolean continueOnError,
            @Unadvertised @Default("false") boolean confirm,
            Optional<String> instanceName) {

        Input {
            if (batchSize < 1 || batchSize > Batches.MAX_IN_FLIGHT) {
                throw new IllegalArgumentException("batch_size must be 1-" + Batches.MAX_IN_FLIGHT + ", was " + batchSize);
            }
            expiringWithinDays.ifPresent(days -> {
                if (days < 0) {
                    throw new IllegalArgumentException("expiring_within_days must be 0 or more, was " + days);
                }
            });
            for (Optional<List<Integer>> ids : List.of(certIds, hostIds, resourceIds)) {
                if (ids.isPresent() && ids.get().stream().anyMatch(id -> id < 1)) {
                    throw new IllegalArgumentException("ids start at 1 (cert_ids, host_ids, resource_ids)");
                }
            }
        }
    }

    record Result(
            String instance,
            Operation operation,
            boolean dryRun,
            String message,
            OutcomeCounts counts,
            List<ItemOutcome> items,
            Optional<String> document,
            Optional<ConfigFormat> format,
            List<String> notes) {

        static Result of(InstanceTarget target, Input input, boolean dryRun, String message, List<ItemOutcome> items,
                List<String> notes) {
            return new Result(target.name(), input.operation(), dryRun, message, OutcomeCounts.of(items), items,
                    Optional.empty(), Optional.empty(), notes);
        }
    }

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        return switch (input.operation()) {
            case RENEW_CERTIFICATES -> RenewCertificates.run(context, target, input);
            case TOGGLE_HOSTS -> ToggleHosts.run(context, target, input);
            case DELETE_RESOURCES -> DeleteResources.run(context, target, input);
            case EXPORT_CONFIG -> ExportConfig.run(target, input);
            case IMPORT_CONFIG -> ImportConfig.run(context, target, input);
        };
    }

    @Override
    public Optional<String> render(Result result) {
        // an export has no items, and its notes are in the document: the text would say them twice
        return Optional.of(result.document().map(document -> result.message() + "\n\n" + document)
                .orElseGet(() -> OutcomeText.render(result.message(), result.counts(), result.items(), result.notes())
                        .toString()));
    }
}
