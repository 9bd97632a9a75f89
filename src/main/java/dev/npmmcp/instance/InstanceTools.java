package dev.npmmcp.instance;

import dev.npmmcp.tool.Tool;
import java.util.List;

/** The seven instance tools, with the seed server's names and parameters, for the server to register at once. */
public final class InstanceTools {

    private InstanceTools() {}

    public static List<Tool<?, ?>> tools(InstanceRegistry registry) {
        return List.of(
                new ManageInstanceTool(registry),
                new GetInstanceTool(registry),
                new ListInstancesTool(registry),
                new SelectInstanceTool(registry),
                new SetDefaultInstanceTool(registry),
                new UpdateInstanceCredentialsTool(registry),
                new ValidateInstanceConfigTool(registry));
    }
}
