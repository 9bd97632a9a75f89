package dev.npmmcp.user;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Optional;

/** A user as the tools show it; NPM never returns passwords and neither do the tools. */
public record UserView(
        @JsonPropertyDescription("The user's id") int id,
        @JsonPropertyDescription("Full name") String name,
        @JsonPropertyDescription("Nickname") String nickname,
        @JsonPropertyDescription("Email, which is the login") String email,
        @JsonPropertyDescription("True for administrators (role admin)") boolean isAdmin,
        @JsonPropertyDescription("True when the user cannot log in") boolean isDisabled,
        @JsonPropertyDescription("True for the account this server logs in to the instance with")
                boolean isLoginAccount,
        @JsonPropertyDescription("What the user may see and change (administrators may do everything)")
                Optional<UserPermissionSet> permissions) {

    static UserView of(User user, int loginAccountId) {
        return new UserView(user.id(), user.name(), user.nickname(), user.email(), user.isAdmin(), user.isDisabled(),
                user.id() == loginAccountId, user.permissions().map(UserPermissionSet::of));
    }

    String summary() {
        return "#" + id + " " + name + " <" + email + ">" + (isAdmin ? " [admin]" : "")
                + (isDisabled ? " [disabled]" : "") + (isLoginAccount ? " [this server's login]" : "");
    }
}
