package dev.npmmcp.mcp;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.prompt.PromptCatalog;
import dev.npmmcp.prompt.ToolAvailability;
import dev.npmmcp.resource.NpmResources;
import dev.npmmcp.security.AuditLog;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.ToolJson;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.time.Duration;
import java.util.Optional;

/**
 * The npm-mcp server, independent of its transport: the catalog, the toolset rules and the SDK configuration. Building
 * it touches no network and no NPM instance, so the initialize reply is never delayed.
 */
public final class NpmMcpServer {

    static final String NAME = "npm-mcp";

    /**
     * How long a request to the client may wait for its answer. A confirmation (MCP elicitation) waits for a person,
     * so the SDK's default of 10 seconds would decline most of them by timeout.
     */
    static final Duration CLIENT_ANSWER_TIMEOUT = Duration.ofMinutes(5);

    private final ServerOptions options;
    private final ToolCatalog features;
    private final InstanceRegistry instances;
    private final WriteAudit audit;
    private final Redactor redactor;

    private NpmMcpServer(ServerOptions options, ToolCatalog features, InstanceRegistry instances, WriteAudit audit,
            Redactor redactor) {
        this.options = options;
        this.features = features;
        this.instances = instances;
        this.audit = audit;
        this.redactor = redactor;
    }

    /**
     * The server over {@code instances}, recording every call of a write tool in {@code audit}. Opening the registry
     * touches no NPM (clients connect lazily), so the initialize reply never waits for the network.
     *
     * @param redactor the process's Redactor (the one {@code instances} registers its secrets with): every tool result
     *     passes through it
     */
    public static NpmMcpServer create(
            ServerOptions options, InstanceRegistry instances, AuditLog audit, Redactor redactor) {
        return new NpmMcpServer(options, ToolCatalog.standard(instances), instances, WriteAudit.to(audit), redactor);
    }

    /** A server over another catalog: tests use it to exercise toolset rules with tools of their own. */
    static NpmMcpServer withCatalog(ServerOptions options, ToolCatalog features, InstanceRegistry instances,
            AuditLog audit, Redactor redactor) {
        return new NpmMcpServer(options, features, instances, WriteAudit.to(audit), redactor);
    }

    public ServerOptions options() {
        return options;
    }

    /** Learns a secret of the server's own (the HTTP bearer), so logs and results mask it like NPM's. */
    void protect(String secret) {
        redactor.register(secret);
    }

    /** The protocol's JSON: the SDK's records carry their own Jackson annotations, so a plain mapper. */
    static McpJsonMapper protocolJson() {
        return new JacksonMcpJsonMapper(JsonMapper.builder().build());
    }

    McpSyncServer start(McpServerTransportProvider transport) {
        return configure(McpServer.sync(transport));
    }

    McpSyncServer start(McpStreamableServerTransportProvider transport) {
        return configure(McpServer.sync(transport));
    }

    private <S extends McpServer.SyncSpecification<S>> McpSyncServer configure(McpServer.SyncSpecification<S> spec) {
        ToolAdapter adapter = new ToolAdapter(ToolJson.newMapper(),
                user -> new ServerToolContext(options.readOnly(), instances, user), audit, redactor);
        LiveToolset toolset = new LiveToolset(features, options, adapter);
        ToolAvailability availability = PromptAdapter.availability(features, options);
        ResourceAdapter resources = new ResourceAdapter(NpmResources.standard(() -> instances.names(Optional.empty())),
                features, options, adapter, ToolJson.newMapper(), redactor);
        McpSyncServer server = spec.serverInfo(NAME, ServerVersion.current())
                .instructions(instructions(options))
                .capabilities(ServerCapabilities.builder().tools(options.lazy()).prompts(false)
                        .resources(false, false).completions().build())
                .jsonMapper(protocolJson())
                .requestTimeout(CLIENT_ANSWER_TIMEOUT)
                .jsonSchemaValidator(new RecordOutputValidator())
                // ArgumentBinder checks inputs and names the parameter at fault; the SDK's check would answer first
                .validateToolInputs(false)
                .tools(toolset.startingTools(CategoryTools.create(toolset)))
                .prompts(PromptAdapter.specifications(PromptCatalog.standard(), availability))
                .resources(resources.instanceResources())
                .resourceTemplates(resources.templates())
                .completions(resources.completions(PromptCatalog.standard().offered(availability)))
                .build();
        toolset.attach(server);
        return server;
    }

    static String instructions(ServerOptions options) {
        StringBuilder text = new StringBuilder(
                """
                npm-mcp manages Nginx Proxy Manager (NPM) instances: proxy hosts, SSL certificates, access lists, \
                streams, redirection and 404 hosts, users and settings.
                - Every NPM tool takes an optional instance_name; without it the selected instance is used, then the \
                default, then the first configured one. npm_list_instances shows them.
                - Ids come from the list tools. Read before you write: an update changes only the parameters given; a \
                list replaces the whole list, an id of 0 detaches a certificate or access list, '' clears a text.
                - Every write tool takes dry_run: true to return the requests it would send, each with its changes, and \
                send nothing (bulk, sync and expose tools plan by default). Show the user that plan before a change \
                they did not spell out.
                - A delete, or another change that loses data, needs confirm: true, set only after the user agreed \
                to it; the refusal says which.
                - A result with isError says what failed, on which instance, and the next step; follow it rather than \
                retrying unchanged.
                """);
        if (options.readOnly()) {
            text.append("- This server is read-only: it lists and reads, and refuses every change.\n");
        }
        if (options.lazy()) {
            text.append("- Tools are grouped in categories that start disabled: call npm_list_categories, then"
                    + " npm_enable_category for what the task needs.\n");
        }
        return text.toString();
    }
}
