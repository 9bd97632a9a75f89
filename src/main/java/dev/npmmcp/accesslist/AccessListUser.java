package dev.npmmcp.accesslist;

import java.util.Objects;

/**
 * A basic-auth user to write into an access list. On update a blank password keeps the stored one; on create it is
 * refused (NPM never answers such a request). {@code toString} hides the password.
 */
public record AccessListUser(String username, String password) {

    public AccessListUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** For an update that keeps the user's stored password. */
    public static AccessListUser keepingPassword(String username) {
        return new AccessListUser(username, "");
    }

    @Override
    public String toString() {
        return "AccessListUser[username=" + username + ", password=" + (password.isEmpty() ? "(unchanged)" : "***")
                + "]";
    }
}
