package dev.npmmcp.mcp;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A destructive write shaped like the real ones: it names an instance and a host, may carry a secret, and asks for
 * confirmation before it "deletes" (counts).
 */
final class DeleteFixtureTool extends Tool<DeleteFixtureTool.Delete, DeleteFixtureTool.Deleted> {

    static final String NAME = "npm_delete_fixture";

    record Delete(
            @JsonPropertyDescription("Instance") Optional<String> instanceName,
            @JsonPropertyDescription("Host id") int hostId,
            @JsonPropertyDescription("Domains") Optional<List<String>> domainNames,
            @JsonPropertyDescription("A secret that must never be logged") Optional<String> password,
            @JsonPropertyDescription("The user agreed") Optional<Boolean> confirm) {}

    record Deleted(
            @JsonPropertyDescription("Instance that answered") String instance,
            @JsonPropertyDescription("Deleted host") int hostId,
            @JsonPropertyDescription("What happened") String message) {}

    final AtomicInteger deletions = new AtomicInteger();

    DeleteFixtureTool() {
        super(new ToolSpec<>(NAME, "Deletes a pretend host", Category.PROXY_HOST, ToolHints.writing(true, true),
                Delete.class, Deleted.class));
    }

    @Override
    public Deleted call(ToolContext context, Delete input) {
        String instance = input.instanceName().orElse("home");
        context.requireConfirmation("delete proxy host " + input.hostId() + " on '" + instance + "'",
                input.confirm().orElse(false));
        deletions.incrementAndGet();
        return new Deleted(instance, input.hostId(), "Deleted proxy host " + input.hostId() + ".");
    }
}
