package dev.npmmcp.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A compact subset of JSON Schema, enough for NPM's request bodies. Built in Java (never read from NPM's document at
 * run time) and checked by {@link Validator} with ajv's coercion and wording.
 */
sealed interface Schema {

    /**
     * A regular-expression keyword: the text ajv quotes in its message, and the test (NPM's regexes, made safe). A
     * {@code format} keyword ("email") reads "match format" instead of "match pattern".
     */
    record Pat(String text, Predicate<String> test, boolean format) {
        Pat(String text, Predicate<String> test) {
            this(text, test, false);
        }

        static Pat regex(String regex) {
            Pattern compiled = Pattern.compile(regex);
            return new Pat(regex, s -> compiled.matcher(s).find());
        }

        /** ajv 6's "full" email format, as 2.10's schemas use it. */
        static Pat email() {
            Pattern compiled = Pattern.compile("^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
                    + "(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$", Pattern.CASE_INSENSITIVE);
            return new Pat("email", s -> compiled.matcher(s).find(), true);
        }
    }

    record Obj(Map<String, Schema> properties, List<String> required, boolean closed, int minProperties)
            implements Schema {
        Obj prop(String name, Schema schema) {
            Map<String, Schema> copy = new LinkedHashMap<>(properties);
            copy.put(name, schema);
            return new Obj(copy, required, closed, minProperties);
        }

        Obj without(String name) {
            Map<String, Schema> copy = new LinkedHashMap<>(properties);
            copy.remove(name);
            return new Obj(copy, required.stream().filter(r -> !r.equals(name)).toList(), closed, minProperties);
        }

        Obj require(String... names) {
            return new Obj(properties, List.of(names), closed, minProperties);
        }

        Obj minProperties(int min) {
            return new Obj(properties, required, closed, min);
        }

        /** The PUT form: nothing required, at least one property (where the version asks for it). */
        Obj partial(boolean needsOne) {
            return new Obj(properties, List.of(), closed, needsOne ? 1 : 0);
        }
    }

    record Arr(Schema items, int minItems, int maxItems, boolean unique) implements Schema {}

    record Str(int minLength, int maxLength, List<Pat> patterns, List<String> allowed) implements Schema {
        Str pattern(Pat pattern) {
            return new Str(minLength, maxLength, List.of(pattern), allowed);
        }
    }

    record Int(long minimum, long maximum, boolean nullable) implements Schema {}

    record Bool() implements Schema {}

    /** {@code type: object} with no further rule. */
    record AnyObject() implements Schema {}

    record AnyOf(List<Schema> options) implements Schema {}

    record OneOf(List<Schema> options) implements Schema {}

    static Obj object() {
        return new Obj(new LinkedHashMap<>(), List.of(), true, 0);
    }

    static Obj openObject() {
        return new Obj(new LinkedHashMap<>(), List.of(), false, 0);
    }

    static Arr array(Schema items) {
        return new Arr(items, 0, Integer.MAX_VALUE, false);
    }

    static Arr array(Schema items, int min, int max, boolean unique) {
        return new Arr(items, min, max, unique);
    }

    static Str string() {
        return new Str(0, Integer.MAX_VALUE, List.of(), List.of());
    }

    static Str string(int min, int max) {
        return new Str(min, max, List.of(), List.of());
    }

    static Str oneOfValues(String... values) {
        return new Str(0, Integer.MAX_VALUE, List.of(), List.of(values));
    }

    static Int integer(long min, long max) {
        return new Int(min, max, false);
    }

    static Int integer() {
        return new Int(Long.MIN_VALUE, Long.MAX_VALUE, false);
    }

    static Bool bool() {
        return new Bool();
    }

    static AnyObject anyObject() {
        return new AnyObject();
    }
}
