package dev.npmmcp.user;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A new user. With {@code auth}, NPM 2.15 can answer 500 while still creating the user: {@link UserApi#create}
 * looks the user up before reporting such a failure.
 */
public record UserCreate(
        String name,
        String nickname,
        String email,
        Optional<List<String>> roles,
        Optional<Boolean> isDisabled,
        Optional<UserAuth> auth) {

    public UserCreate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nickname, "nickname");
        Objects.requireNonNull(email, "email");
        roles = roles == null ? Optional.empty() : roles.map(List::copyOf);
        isDisabled = Objects.requireNonNullElse(isDisabled, Optional.empty());
        auth = Objects.requireNonNullElse(auth, Optional.empty());
    }

    public static UserCreate of(String name, String nickname, String email) {
        return new UserCreate(name, nickname, email, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public UserCreate withPassword(String password) {
        return new UserCreate(name, nickname, email, roles, isDisabled, Optional.of(UserAuth.password(password)));
    }

    public UserCreate withRoles(List<String> newRoles) {
        return new UserCreate(name, nickname, email, Optional.of(newRoles), isDisabled, auth);
    }
}
