package dev.npmmcp.instance;

import java.util.Optional;

/**
 * New credentials for an instance. A new username or password switches the instance to a password login (the other
 * half is kept) and drops an API token it had, since a token would otherwise still win; a new API token alone keeps
 * the username and password for reference.
 */
public record CredentialUpdate(Optional<String> username, Optional<String> password, Optional<String> apiToken) {

    public CredentialUpdate {
        if (username.isEmpty() && password.isEmpty() && apiToken.isEmpty()) {
            throw new IllegalArgumentException(
                    "no new credentials given: pass new_username and/or new_password, or new_api_token");
        }
    }

    InstanceSpec applyTo(InstanceSpec spec) {
        if (username.isEmpty() && password.isEmpty()) {
            return spec.withCredentials(spec.username(), spec.password(), apiToken, spec.totpSecret());
        }
        return spec.withCredentials(username.or(spec::username), password.or(spec::password), apiToken,
                spec.totpSecret());
    }

    /** Says when the update silently changed more than the caller named. */
    Optional<String> note(InstanceSpec before) {
        if (before.apiToken().isPresent() && apiToken.isEmpty()) {
            return Optional.of("the instance's api_token was removed: it now logs in with username and password");
        }
        return Optional.empty();
    }
}
