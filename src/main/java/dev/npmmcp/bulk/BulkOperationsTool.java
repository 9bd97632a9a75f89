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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code npm_bulk_operations}: certificate renewals, host toggles and deletes over many objects at once, and the
 * export/import of an instance's configuration as a portable document.
 */
public final class BulkOperationsTool implements Tool<BulkOperationsTool.Input, BulkOperationsTool.Result> {

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
            @JsonPropertyDescription("renew_certificates, toggle_hosts (enable/disable proxy hosts),"
                            + " delete_resources, export_config, import_config")
                    Operation operation,
            @JsonPropertyDescription("renew_certificates: the certificate ids to renew (npm_list_certificates);"
                            + " without it, every Let's Encrypt certificate expiring within expiring_within_days")
                    Optional<List<Integer>> certIds,
            @JsonPropertyDescription("renew_certificates without cert_ids: renew those expiring within this many"
                            + " days (or already expired); default 30")
                    Optional<Integer> expiringWithinDays,
            @JsonPropertyDescription("toggle_hosts: enable or disable") Optional<ToggleAction> action,
            @JsonPropertyDescription("toggle_hosts: proxy host ids (npm_list_proxy_hosts)")
                    Optional<List<Integer>> hostIds,
            @JsonPropertyDescription("toggle_hosts: a glob over the hosts' domain names, e.g. \"*.example.com\""
                            + " (* any characters, ? one; case-insensitive). With host_ids, hosts matching either")
                    Optional<String> domainPattern,
            @JsonPropertyDescription("toggle_hosts: only hosts that are enabled now") @Default("false")
                    boolean enabledOnly,
            @JsonPropertyDescription("delete_resources: the kind to delete (certificate, access_list, proxy_host,"
                            + " redirection_host, dead_host, stream)")
                    Optional<ResourceType> resourceType,
            @JsonPropertyDescription("delete_resources: the ids to delete") Optional<List<Integer>> resourceIds,
            @JsonPropertyDescription("export_config/import_config: only these kinds; default all (certificate,"
                            + " access_list, proxy_host, redirection_host, dead_host, stream, setting)")
                    Optional<List<ResourceType>> resourceTypes,
            @JsonPropertyDescription("export_config: json or yaml") @Default("json") ConfigFormat format,
            @JsonPropertyDescription("import_config: the document export_config returned (JSON or YAML text),"
                            + " with items[].password filled in for access-list users the target lacks")
                    Optional<String> importData,
            @JsonPropertyDescription("import_config: merge creates and updates only; replace also deletes, within"
                            + " the kinds the document carries, what it does not have (needs confirm)")
                    @Default("merge") Strategy strategy,
            @JsonPropertyDescription("Default true: only report what would be done (for import_config, the plan)."
                            + " Call again with dry_run=false to make the changes")
                    @Default("true") boolean dryRun,
            @JsonPropertyDescription("How many changes are sent to NPM at once (1-50; certificate renewals always"
                            + " run one at a time)")
                    @Default("1") int batchSize,
            @JsonPropertyDescription("false: stop at the first failure and report the rest as not_attempted")
                    @Default("true") boolean continueOnError,
            @JsonPropertyDescription("Set true, after the user agreed, for delete_resources and for import_config"
                            + " with strategy=replace when it deletes")
                    @Default("false") boolean confirm,
            @JsonPropertyDescription("The NPM instance; default: the selected, else the default instance")
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
            @JsonPropertyDescription("The NPM instance that answered") String instance,
            @JsonPropertyDescription("The operation performed") Operation operation,
            @JsonPropertyDescription("true: nothing was changed, items say what would be done") boolean dryRun,
            @JsonPropertyDescription("What happened, in one or two sentences") String message,
            @JsonPropertyDescription("Items by status") OutcomeCounts counts,
            @JsonPropertyDescription("One entry per object: what is or would be done, and why not when it is not")
                    List<ItemOutcome> items,
            @JsonPropertyDescription("export_config: the configuration document, to keep or to pass as import_data")
                    Optional<String> document,
            @JsonPropertyDescription("export_config: the document's format") Optional<ConfigFormat> format,
            @JsonPropertyDescription("Things to tell the user") List<String> notes) {

        static Result of(InstanceTarget target, Input input, boolean dryRun, String message, List<ItemOutcome> items,
                List<String> notes) {
            return new Result(target.name(), input.operation(), dryRun, message, OutcomeCounts.of(items), items,
                    Optional.empty(), Optional.empty(), notes);
        }
    }

    private static final ToolSpec<BulkOperationsTool.Input, BulkOperationsTool.Result> SPEC = new ToolSpec<>(
            "npm_bulk_operations",
            "Acts on many NPM objects at once, and exports or imports an instance's configuration."
                    + " dry_run defaults to true: every operation first reports what it would do, item by item, and"
                    + " changes nothing; call again with dry_run=false to do it."
                    + " renew_certificates: cert_ids, or every Let's Encrypt certificate expiring within"
                    + " expiring_within_days (30); custom certificates are skipped with the reason."
                    + " toggle_hosts: action enable|disable on proxy hosts by host_ids and/or domain_pattern; hosts"
                    + " already in that state count as unchanged and nothing is sent for them."
                    + " delete_resources: resource_type + resource_ids; needs confirm=true after the user agreed;"
                    + " certificates still used by a host or stream are skipped; deleting an access list unprotects"
                    + " its hosts (reported)."
                    + " export_config: a versioned document (json|yaml) of proxy hosts with locations, redirection and"
                    + " 404 hosts, streams, access lists and settings, objects referring to each other by domain names"
                    + " and list names (not ids) so it can be imported into another instance; certificates only as"
                    + " references (never keys), access-list users without passwords (NPM never returns them)."
                    + " import_config: import_data = that document; the dry run returns the plan: create, update (with"
                    + " field changes), unchanged, delete (strategy=replace only, needs confirm), conflict (e.g. a"
                    + " domain held by another host) and unresolved (e.g. a certificate missing on the target: the host"
                    + " is held back, never imported without SSL; access-list users new to the target need"
                    + " items[].password filled in, existing users keep their passwords). Applying follows the plan in"
                    + " dependency order (access lists before hosts). Every result gives counts and per-item outcomes"
                    + " with NPM's error for failures. For one object use the feature tools (npm_manage_...).",
            Category.BULK,
            ToolHints.writing(true, false),
            Input.class,
            Result.class);

    @Override
    public ToolSpec<BulkOperationsTool.Input, BulkOperationsTool.Result> spec() {
        return SPEC;
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
        StringBuilder text = OutcomeText.render(result.message(), result.counts(), result.items(), result.notes());
        result.document().ifPresent(d -> text.append("\n\n").append(d));
        return Optional.of(text.toString());
    }
}
