package dev.npmmcp.doctor;

import java.util.Optional;

/**
 * One check of a setup: what it looked at, its verdict, what it found, and the next step when it did not pass. Never
 * holds a secret: what it found is said in the configuration's terms (which reference, which file), not by value.
 */
public record Check(String name, Verdict verdict, String found, Optional<String> next) {

    public enum Verdict {
        OK,
        WARN,
        FAIL,
        /** Not run, because a check it depends on failed. */
        SKIPPED
    }

    static Check ok(String name, String found) {
        return new Check(name, Verdict.OK, found, Optional.empty());
    }

    static Check warn(String name, String found, String next) {
        return new Check(name, Verdict.WARN, found, Optional.of(next));
    }

    static Check fail(String name, String found, String next) {
        return new Check(name, Verdict.FAIL, found, Optional.of(next));
    }

    static Check skipped(String name, String because) {
        return new Check(name, Verdict.SKIPPED, because, Optional.empty());
    }
}
