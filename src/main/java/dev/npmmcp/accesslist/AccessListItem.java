package dev.npmmcp.accesslist;

import java.util.Objects;

/** A basic-auth user as NPM answers it: never the password, only NPM's masked {@code hint} ({@code s******}). */
public record AccessListItem(int id, String username, String hint) {

    public AccessListItem {
        username = Objects.requireNonNullElse(username, "");
        hint = Objects.requireNonNullElse(hint, "");
    }
}
