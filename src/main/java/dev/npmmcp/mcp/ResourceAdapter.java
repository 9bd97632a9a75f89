package dev.npmmcp.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.prompt.Prompt;
import dev.npmmcp.resource.Completion;
import dev.npmmcp.resource.Completions;
import dev.npmmcp.resource.NpmResource;
import dev.npmmcp.resource.NpmResources;
import dev.npmmcp.resource.ResourceFailure;
import dev.npmmcp.resource.ToolReader;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.Tool;
import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.CompleteRequest;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adapts the SDK-free {@code npm://} resources and completions to the SDK. A read runs the read tool behind the
 * resource through {@link ToolAdapter}, so it is checked, run and redacted exactly like a tool call.
 *
 * <p>Toolsets: a template is offered only when its tool's category is available (--toolsets), so a server limited to
 * proxy hosts offers no certificate resources; the instance overviews need the instance category. Read-only mode
 * changes nothing: every resource is a read. The list is fixed at start-up (listChanged false); an instance added
 * later is still readable through the {@code npm://{instance}} template.
 */
final class ResourceAdapter {

    private final NpmResources resources;
    private final Completions completions;
    private final ToolCatalog features;
    private final ServerOptions options;
    private final ToolAdapter tools;
    private final ObjectMapper mapper;
    private final Redactor redactor;

    ResourceAdapter(NpmResources resources, ToolCatalog features, ServerOptions options, ToolAdapter tools,
            ObjectMapper mapper, Redactor redactor) {
        this.resources = resources;
        this.completions = new Completions(resources);
        this.features = features;
        this.options = options;
        this.tools = tools;
        this.mapper = mapper;
        this.redactor = redactor;
    }

    /** One overview per instance configured now; listing them touches no network. */
    List<SyncResourceSpecification> instanceResources() {
        NpmResource overview = resources.templates().getFirst();
        if (!offered(overview)) {
            return List.of();
        }
        return resources.instanceNames().stream()
                .map(name -> new SyncResourceSpecification(
                        new McpSchema.Resource(NpmResources.instanceUri(name), name, "NPM instance " + name,
                                overview.description(), NpmResource.MIME_TYPE, null, null, null),
                        (exchange, request) -> read(request.uri())))
                .toList();
    }

    List<SyncResourceTemplateSpecification> templates() {
        return offeredTemplates().stream()
                .map(template -> new SyncResourceTemplateSpecification(
                        new McpSchema.ResourceTemplate(template.uriTemplate(), template.name(), template.title(),
                                template.description(), NpmResource.MIME_TYPE, null),
                        (exchange, request) -> read(request.uri())))
                .toList();
    }

    /** A completion per offered template and per prompt the server registered. */
    List<SyncCompletionSpecification> completions(List<Prompt<?>> prompts) {
        List<SyncCompletionSpecification> specifications = new ArrayList<>();
        for (NpmResource template : offeredTemplates()) {
            specifications.add(new SyncCompletionSpecification(new McpSchema.ResourceReference(template.uriTemplate()),
                    (exchange, request) -> result(completions.forResource(template.uriTemplate(),
                            request.argument().name(), typed(request), context(request), this::readTool))));
        }
        for (Prompt<?> prompt : prompts) {
            specifications.add(new SyncCompletionSpecification(new McpSchema.PromptReference(prompt.name()),
                    (exchange, request) -> result(completions.forPrompt(
                            request.argument().name(), typed(request), context(request), this::readTool))));
        }
        return specifications;
    }

    /** resources/read: the resource's JSON, or a JSON-RPC error saying what is missing or what failed. */
    ReadResourceResult read(String uri) {
        try {
            JsonNode content = resources.read(uri, this::readTool);
            String text = redactor.redact(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(content));
            return new ReadResourceResult(List.of(new TextResourceContents(uri, NpmResource.MIME_TYPE, text)));
        } catch (ResourceFailure failure) {
            int code = failure.kind() == ResourceFailure.Kind.NOT_FOUND
                    ? McpSchema.ErrorCodes.RESOURCE_NOT_FOUND
                    : McpSchema.ErrorCodes.INTERNAL_ERROR;
            throw McpError.builder(code).message(redactor.redact(failure.getMessage())).data(Map.of("uri", uri)).build();
        } catch (JsonProcessingException bug) {
            throw new IllegalStateException("could not write resource " + uri + " as JSON", bug);
        }
    }

    /** The {@link ToolReader} over the catalog: the tool's redacted structured output, or its error as a failure. */
    private JsonNode readTool(String name, Map<String, Object> arguments) {
        Tool<?, ?> tool = features.byName(name)
                .orElseThrow(() -> new IllegalStateException("resource tool " + name + " is not in the catalog"));
        CallToolResult result = tools.call(tool, arguments, UserConfirmation.cannotAsk());
        if (Boolean.TRUE.equals(result.isError())) {
            String text = result.content().stream()
                    .filter(TextContent.class::isInstance)
                    .map(block -> ((TextContent) block).text())
                    .collect(Collectors.joining("\n"));
            throw new ResourceFailure(ResourceFailure.Kind.FAILED, text);
        }
        return mapper.valueToTree(result.structuredContent());
    }

    private List<NpmResource> offeredTemplates() {
        return resources.templates().stream().filter(this::offered).toList();
    }

    private boolean offered(NpmResource resource) {
        return features.byName(resource.tool()).map(tool -> options.available(tool.category())).orElse(false);
    }

    private static String typed(CompleteRequest request) {
        return request.argument().value() == null ? "" : request.argument().value();
    }

    private static Map<String, String> context(CompleteRequest request) {
        return request.context() == null || request.context().arguments() == null
                ? Map.of()
                : request.context().arguments();
    }

    private static CompleteResult result(Completion completion) {
        return new CompleteResult(new CompleteResult.CompleteCompletion(
                completion.values(), completion.total(), completion.hasMore()));
    }
}
