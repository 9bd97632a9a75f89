package dev.npmmcp.tool;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Enable and disable the way the manage tools do them: refuse in read-only mode, read the object first and, when it
 * already is in the asked state, answer so without sending anything (NPM 2.15's backend crashes on a disable of a
 * missing or already disabled 404 host, and a needless write makes nginx reload).
 *
 * @param name how messages name the object, e.g. {@code 404 host #3}
 * @param where the instance, e.g. {@code " on instance 'home'"}
 */
public record EnableDisable<T>(String name, String where, Supplier<T> read, Predicate<T> isEnabled) {

    /** "enable" or "disable": the operation's name in arguments, results and messages. */
    public static String verb(boolean enable) {
        return enable ? "enable" : "disable";
    }

    /**
     * @param enableIt switches on the object read just before (after any check of the feature's own)
     * @param disableIt switches it off
     * @param unchanged the answer when nothing was sent, from the object and the message
     * @param written the answer after sending, from the message
     */
    public <R> R apply(ToolContext context, boolean enable, Consumer<T> enableIt, Consumer<T> disableIt,
            BiFunction<T, String, R> unchanged, Function<String, R> written) {
        String verb = verb(enable);
        context.requireWritable(verb + " " + name + where);
        T current = read.get();
        if (isEnabled.test(current) == enable) {
            return unchanged.apply(current, capitalized(name) + " is already " + verb + "d" + where
                    + "; nothing was changed.");
        }
        (enable ? enableIt : disableIt).accept(current);
        return written.apply(capitalized(verb) + "d " + name + where + ".");
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
