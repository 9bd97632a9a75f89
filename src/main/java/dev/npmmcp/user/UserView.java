package dev.npmmcp.user;

import java.util.Optional;

/** A user as the tools show it; NPM never returns passwords and neither do the tools. */
public record UserView(
        int id,
        String name,
        String nickname,
        String email,
        boolean isAdmin,
        boolean isDisabled,
        boolean isLoginAccount,
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
