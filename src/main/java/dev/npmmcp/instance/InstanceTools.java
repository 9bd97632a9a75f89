package dev.npmmcp.instance;

import dev.npmmcp.tool.Tool;
import java.util.List;

/** The seven instance tools, with the seed server's names and parameters, for the server to register at once. */
public final class InstanceTools {

    private InstanceTools() {}

    public static List<Tool<?, ?>> tools() {
        return List.of(
                new ManageInstanceTool(),
                new GetInstanceTool(),
                new ListInstancesTool(),
                new SelectInstanceTool(),
                new SetDefaultInstanceTool(),
                new UpdateInstanceCredentialsTool(),
                new ValidateInstanceConfigTool());
    }
}
