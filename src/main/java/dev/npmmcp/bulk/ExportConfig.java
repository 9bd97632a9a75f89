package dev.npmmcp.bulk;

import dev.npmmcp.bulk.config.OutcomeCounts;
import dev.npmmcp.bulk.config.ConfigCodec;
import dev.npmmcp.bulk.config.ConfigDocument;
import dev.npmmcp.bulk.config.ConfigExporter;
import dev.npmmcp.bulk.config.InstanceState;
import dev.npmmcp.bulk.config.ResourceType;
import dev.npmmcp.tool.InstanceTarget;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** export_config: the instance's configuration as a portable document. Changes nothing. */
final class ExportConfig {

    private ExportConfig() {}

    static BulkOperationsTool.Result run(InstanceTarget target, BulkOperationsTool.Input input) {
        Set<ResourceType> types = input.resourceTypes().filter(t -> !t.isEmpty())
                .map(EnumSet::copyOf)
                .orElseGet(() -> EnumSet.allOf(ResourceType.class));
        InstanceState state = InstanceState.read(target);
        ConfigDocument document = ConfigExporter.export(state, types, Instant.now());
        String contents = document.resourceTypes().stream()
                .map(t -> document.section(t).orElseThrow().size() + " " + t.section().replace('_', ' '))
                .collect(Collectors.joining(", "));
        String message = "Exported instance '" + target.name() + "' (NPM " + state.npmVersion() + "): " + contents
                + ". Pass the document as import_data to import_config (on this or another instance).";
        return new BulkOperationsTool.Result(target.name(), input.operation(), false, message, OutcomeCounts.of(List.of()),
                List.of(), Optional.of(new ConfigCodec().write(document, input.format())), Optional.of(input.format()),
                document.notes());
    }
}
