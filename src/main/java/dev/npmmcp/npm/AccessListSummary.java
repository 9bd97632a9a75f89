package dev.npmmcp.npm;

import java.util.Objects;

/** An access list as proxy hosts expand it. */
public record AccessListSummary(int id, String name, boolean satisfyAny, boolean passAuth) {

    public AccessListSummary {
        name = Objects.requireNonNullElse(name, "");
    }
}
