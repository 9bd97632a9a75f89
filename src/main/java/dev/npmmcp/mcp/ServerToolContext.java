package dev.npmmcp.mcp;

import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.ToolContext;
import java.util.Optional;

/** The server's side of {@link ToolContext}: its mode and its instances. */
record ServerToolContext(boolean readOnly, InstanceRegistry instances) implements ToolContext {

    @Override
    public InstanceTarget target(Optional<String> instanceName) {
        return instances.resolve(instanceName);
    }
}
