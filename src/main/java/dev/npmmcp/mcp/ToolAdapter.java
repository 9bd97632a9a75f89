package dev.npmmcp.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.npmmcp.npm.DryRun;
import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.security.AuditLog.Outcome;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.ArgumentBinder;
import dev.npmmcp.tool.JsonSchemas;
import dev.npmmcp.tool.Progress;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts an SDK-free {@link Tool} to the SDK: its definition (annotations always explicit) and its call handler. Every
 * result it builds, success or failure, passes through the process's {@link Redactor} ({@link ResultRedaction}), and
 * so does every question a call puts to the user ({@link ElicitedConfirmation}).
 */
final class ToolAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ToolAdapter.class);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final ObjectMapper mapper;
    private final ArgumentBinder binder;
    private final Function<UserConfirmation, ServerToolContext> contexts;
    private final WriteAudit audit;
    private final Redactor redactor;
    private final ResultRedaction redaction;
    private final Map<Class<? extends Record>, Map<String, Object>> outputSchemas = new ConcurrentHashMap<>();

    /**
     * @param contexts makes each call's context, given how that call can reach its user
     * @param audit records every call of a write tool
     * @param redactor the process's Redactor, the one the registry registers secrets with (and logging uses)
     */
    ToolAdapter(ObjectMapper mapper, Function<UserConfirmation, ServerToolContext> contexts, WriteAudit audit,
            Redactor redactor) {
        this.mapper = mapper;
        this.binder = new ArgumentBinder(mapper);
        this.contexts = contexts;
        this.audit = audit;
        this.redactor = redactor;
        this.redaction = new ResultRedaction(redactor);
    }

    SyncToolSpecification specification(Tool<?, ?> tool) {
        return new SyncToolSpecification(definition(tool), (exchange, request) -> {
            Progress progress = ClientProgress.of(exchange, request.meta(), redaction::text);
            Supplier<CallToolResult> call = () -> call(tool, request.arguments(), UserConfirmation.of(exchange, redactor),
                    Optional.ofNullable(exchange.sessionId()), progress);
            return RunningCalls.Scope.of(exchange.transportContext())
                    .map(scope -> scope.run(call, () -> failure(tool, "the client cancelled this call", "")))
                    .orElseGet(call);
        });
    }

    static McpSchema.Tool definition(Tool<?, ?> tool) {
        return McpSchema.Tool.builder()
                .name(tool.name())
                .description(tool.description())
                .inputSchema(DryRunOption.inputSchema(tool, JsonSchemas.inputSchema(tool.inputType())))
                .outputSchema(DryRunOption.outputSchema(tool, JsonSchemas.outputSchema(tool.outputType())))
                .annotations(stated(annotations(tool.hints())))
                .build();
    }

    /** No annotations at all where every hint is MCP's default: an empty object says nothing, in every conversation. */
    private static McpSchema.ToolAnnotations stated(McpSchema.ToolAnnotations annotations) {
        return annotations.equals(DEFAULT_HINTS) ? null : annotations;
    }

    static final McpSchema.ToolAnnotations DEFAULT_HINTS = new McpSchema.ToolAnnotations(null, null, null, null, null,
            null);

    /**
     * Only the hints that differ from MCP's defaults (not read-only, destructive, not idempotent, open world): a
     * client reads an absent hint as its default, and every byte here is paid in every conversation. For a read-only
     * tool the other two write hints mean nothing.
     */
    static McpSchema.ToolAnnotations annotations(ToolHints hints) {
        return new McpSchema.ToolAnnotations(null,
                hints.readOnly() ? Boolean.TRUE : null,
                hints.readOnly() || hints.destructive() ? null : Boolean.FALSE,
                !hints.readOnly() && hints.idempotent() ? Boolean.TRUE : null,
                hints.openWorld() ? null : Boolean.FALSE,
                null);
    }

    /**
     * Runs a call and records it in the audit log when the tool writes; package-visible so tests can drive a tool
     * exactly as a client would, without a transport.
     */
    <I extends Record, O extends Record> CallToolResult call(
            Tool<I, O> tool, Map<String, Object> arguments, UserConfirmation user) {
        return call(tool, arguments, user, Optional.empty(), Progress.NONE);
    }

    /**
     * @param session the client's MCP session, if the transport has them: instance selection is per session
     * @param progress where the call reports how far it has got
     */
    private <I extends Record, O extends Record> CallToolResult call(Tool<I, O> tool, Map<String, Object> arguments,
            UserConfirmation user, Optional<String> session, Progress progress) {
        Map<String, Object> given = arguments == null ? Map.of() : arguments;
        Optional<DryRun> dryRun = DryRunOption.requested(tool, given) ? Optional.of(new DryRun()) : Optional.empty();
        ServerToolContext context = contexts.apply(user).dryRun(dryRun.isPresent()).progress(progress);
        List<String> notices = new CopyOnWriteArrayList<>();
        try {
            if (!tool.hints().readOnly()) {
                context.requireWritable("run " + tool.name());
            }
            I input = binder.bind(tool.name(), tool.inputType(), DryRunOption.toolArguments(tool, given));
            O output = context.inCall(session, notices, dryRun, () -> tool.call(context, input));
            ObjectNode tree = mapper.valueToTree(output);
            dryRun.ifPresent(plan -> tree.set(DryRunOption.PARAMETER, DryRunOption.plan(mapper, plan.planned())));
            JsonNode redacted = redaction.structured(tree, outputSchema(tool));
            Map<String, Object> structured = mapper.convertValue(redacted, OBJECT);
            String text = dryRun.isPresent()
                    ? redaction.text(DryRunOption.text(tool.name(), redacted.path(DryRunOption.PARAMETER)))
                    : tool.render(output).map(redaction::text).orElseGet(() -> json(redacted));
            CallToolResult result = ToolResults.success(structured, text, redacted(notices));
            if (dryRun.isEmpty()) {
                // a dry run changed nothing: the audit log is of changes
                audit.succeeded(tool, given, structured);
            }
            return result;
        } catch (ToolFailure failure) {
            LOG.debug("{} failed: {}", tool.name(), failure.getMessage());
            Outcome outcome = context.isRefusal(failure) ? Outcome.REFUSED : Outcome.ERROR;
            audit.failed(tool, given, outcome, Optional.empty(), failure.getMessage());
            return failure(tool, failure.getMessage(), failure.hint(), notices);
        } catch (NpmApiException failure) {
            LOG.debug("{} failed: {}", tool.name(), failure.getMessage());
            audit.failed(tool, given, Outcome.ERROR, Optional.of(failure.instance()), failure.getMessage());
            // NPM's own errors already name the instance, the operation, the status and NPM's words
            return failure(tool, failure.getMessage(), failure.hint(), notices);
        } catch (RuntimeException bug) {
            LOG.error("{} failed with a bug", tool.name(), bug);
            audit.failed(tool, given, Outcome.ERROR, Optional.empty(), "internal error: " + bug);
            // the SDK sends the message as the JSON-RPC error; the stack trace is in the log line above
            throw new ToolBug(redaction.text(String.valueOf(bug.getMessage())));
        }
    }

    private CallToolResult failure(Tool<?, ?> tool, String what, String hint) {
        return failure(tool, what, hint, List.of());
    }

    private CallToolResult failure(Tool<?, ?> tool, String what, String hint, List<String> notices) {
        return ToolResults.failure(tool.name(), redaction.text(what), redaction.text(hint), redacted(notices));
    }

    private List<String> redacted(List<String> notices) {
        return notices.stream().map(redaction::text).toList();
    }

    private Map<String, Object> outputSchema(Tool<?, ?> tool) {
        return outputSchemas.computeIfAbsent(tool.outputType(),
                type -> DryRunOption.outputSchema(tool, JsonSchemas.outputSchema(type)));
    }

    /** A bug in a tool, as the client sees it: its message redacted, no cause to carry the original along. */
    static final class ToolBug extends RuntimeException {

        ToolBug(String message) {
            super(message, null, false, false);
        }
    }

    private String json(Object output) {
        try {
            return mapper.writeValueAsString(output);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render an output record as JSON", e);
        }
    }
}
