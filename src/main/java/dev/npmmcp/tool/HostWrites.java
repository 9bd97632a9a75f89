package dev.npmmcp.tool;

import dev.npmmcp.npm.HostKindApi;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The write flow the manage tools of 404 hosts, redirections and streams share: an id where NPM needs one, read-only
 * mode and delete confirmation honoured, enable/disable sent only when the state differs (through
 * {@link EnableDisable}, which reads first: NPM's disable crashes on a missing or already disabled 404 host), an
 * update that changes nothing sends nothing, and every write read back, because NPM reports a refused nginx config
 * only there. What differs between the kinds comes in as functions.
 *
 * @param names how the kind is named in messages and hints
 * @param view the object as the tool reports it
 * @param described what a delete message names the object by, e.g. {@code old.example.com}
 * @param refusal the note when nginx refused the object read back
 * @param result the tool's result record, e.g. its constructor
 * @param <H> the object as NPM returns it
 * @param <V> its view
 * @param <R> the tool's result
 */
public record HostWrites<H, V extends HostWrites.Written, R>(
        InstanceTarget target,
        Names names,
        Calls<H> calls,
        Function<H, V> view,
        Function<H, String> described,
        Function<V, String> refusal,
        Results<V, R> result) {

    /**
     * @param noun e.g. {@code 404 host}
     * @param idParameter the tool's id argument, e.g. {@code host_id}
     * @param listTool the tool that lists the ids
     * @param manageTool the tool itself
     */
    public record Names(String noun, String idParameter, String listTool, String manageTool) {}

    /** NPM's calls on one object; {@code enable} may check first (a stream's port). */
    public record Calls<H>(IntFunction<H> read, IntConsumer delete, Consumer<H> enable, Consumer<H> disable) {

        /** The calls of a host kind's API, {@code id} reading an object's id. */
        public static <H> Calls<H> of(HostKindApi<H, ?, ?, ?> api, ToIntFunction<H> id) {
            return new Calls<>(i -> api.get(i, Set.of()), api::delete, host -> api.enable(id.applyAsInt(host)),
                    host -> api.disable(id.applyAsInt(host)));
        }

        /** These calls, with an enable that checks first. */
        public Calls<H> enabling(Consumer<H> checkedEnable) {
            return new Calls<>(read, delete, checkedEnable, disable);
        }
    }

    /** What the flow reads of a view. */
    public interface Written {
        int id();

        boolean enabled();

        Optional<Boolean> nginxOnline();

        Optional<String> nginxErr();
    }

    @FunctionalInterface
    public interface Results<V, R> {
        R of(String instance, String operation, int id, boolean changed, String message, V view, List<String> notes);
    }

    /** Runs {@code operation}; create and update are the tool's own, called once the write is allowed. */
    public R perform(ToolContext context, WriteOperation operation, Optional<Integer> id, boolean confirm,
            Supplier<R> create, IntFunction<R> update) {
        return switch (operation) {
            case CREATE -> {
                context.requireWritable("create a " + names.noun() + where());
                yield create.get();
            }
            case UPDATE -> {
                int hostId = requireId(id, "update");
                context.requireWritable("update " + name(hostId) + where());
                yield update.apply(hostId);
            }
            case DELETE -> delete(context, requireId(id, "delete"), confirm);
            case ENABLE, DISABLE -> {
                boolean enable = operation == WriteOperation.ENABLE;
                String verb = EnableDisable.verb(enable);
                int hostId = requireId(id, verb);
                yield new EnableDisable<>(name(hostId), where(), () -> calls.read().apply(hostId),
                        (H host) -> view.apply(host).enabled())
                        .apply(context, enable, calls.enable(), calls.disable(),
                                (host, message) -> unchanged(verb, host, message),
                                message -> written(verb, hostId, message, List.of()));
            }
        };
    }

    /**
     * Sends the update when {@code changes} holds any, then reads the object back; {@code send} may add notes.
     */
    public R update(int id, H current, FieldChanges changes, Runnable send, List<String> notes) {
        if (changes.isEmpty()) {
            return unchanged("update", current, capitalized(name(id)) + " already has these values" + where()
                    + "; nothing was changed.");
        }
        send.run();
        return written("update", id, "Updated " + name(id) + " (" + String.join(", ", changes.names()) + ")"
                + where() + ".", notes);
    }

    /** Reads the object back: NPM reports a refused nginx config only there, never as a failed request. */
    public R written(String operation, int id, String message, List<String> notes) {
        V after = view.apply(calls.read().apply(id));
        return result.of(target.name(), operation, id, true, message, after,
                HostNotes.afterWrite(after.nginxOnline(), refusal.apply(after), notes));
    }

    public R unchanged(String operation, H host, String message) {
        V current = view.apply(host);
        return result.of(target.name(), operation, current.id(), false, message, current, List.of());
    }

    /** {@code " on instance 'home'"}: where messages say the change happened. */
    public String where() {
        return " on instance '" + target.name() + "'";
    }

    private R delete(ToolContext context, int id, boolean confirm) {
        context.requireConfirmation("delete " + name(id) + where(), confirm);
        H host = calls.read().apply(id);
        calls.delete().accept(id);
        return result.of(target.name(), "delete", id, true, "Deleted " + name(id) + " (" + described.apply(host)
                + ")" + where() + ".", view.apply(host), List.of());
    }

    private int requireId(Optional<Integer> id, String operation) {
        return id.orElseThrow(() -> new ToolFailure(operation + " needs " + names.idParameter() + ".",
                "Call " + names.listTool() + " to find the " + names.noun() + "'s id, then call "
                        + names.manageTool() + " again with " + names.idParameter() + "."));
    }

    private String name(int id) {
        return names.noun() + " #" + id;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
