package dev.npmmcp.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import dev.npmmcp.tool.Unadvertised;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code npm_manage_user}: create, update, delete users, set a password or permissions. */
public final class ManageUserTool extends Tool<ManageUserTool.Input, ManageUserTool.Result> {

    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD = 64;

    public ManageUserTool() {
        super(new ToolSpec<>(
                "npm_manage_user",
                "An NPM user and its permissions.",
                Category.USER,
                ToolHints.writing(true, false),
                Input.class,
                Result.class));
    }

    public enum Operation {
        @JsonProperty("create")
        CREATE,
        @JsonProperty("update")
        UPDATE,
        @JsonProperty("delete")
        DELETE,
        @JsonProperty("change_password")
        CHANGE_PASSWORD,
        @JsonProperty("set_permissions")
        SET_PERMISSIONS
    }

    public record Input(
            Operation operation,
            Optional<String> instanceName,
            @JsonPropertyDescription("change_password without it: this server's login") Optional<Integer> userId,
            Optional<String> name,
            Optional<String> nickname,
            Optional<String> email,
            Optional<String> password,
            Optional<String> currentPassword,
            Optional<Boolean> isAdmin,
            Optional<Boolean> isDisabled,
            Optional<UserPermissionSet> permissions,
            @Unadvertised @Default("false") boolean confirm) {

        @Override
        public String toString() {
            return "Input[" + operation + ", userId=" + userId + ", email=" + email + ", password="
                    + (password.isPresent() ? "***" : "none") + "]";
        }
    }

    public record Result(
            String instance,
            Operation operation,
            String message,
            Optional<UserView> user) {}

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        UserApi api = new UserApi(target.client());
        int me = api.getMe(Set.of()).id();
        return switch (input.operation()) {
            case CREATE -> create(context, target, api, me, input);
            case UPDATE -> update(context, target, api, me, input);
            case DELETE -> delete(context, target, api, me, input);
            case CHANGE_PASSWORD -> changePassword(context, target, api, me, input);
            case SET_PERMISSIONS -> setPermissions(context, target, api, me, input);
        };
    }

    private Result create(ToolContext context, InstanceTarget target, UserApi api, int me, Input input) {
        if (input.userId().isPresent()) {
            throw new ToolFailure(name() + ": operation=create takes no user_id.",
                    "Leave user_id out, or use operation=update for user #" + input.userId().get() + ".");
        }
        String name = required(input.name(), "name", input.operation());
        String email = required(input.email(), "email", input.operation()).strip();
        input.password().ifPresent(this::checkPassword);
        requireUnusedEmail(target, api, email, Optional.empty());
        context.requireWritable("create user " + email + " on instance '" + target.name() + "'");
        // roles are always sent: NPM 2.15 fails half-way on a create with a password but without roles
        UserCreate create = new UserCreate(name.strip(), input.nickname().filter(n -> !n.isBlank()).orElse(name.strip()),
                email, Optional.of(roles(input.isAdmin().orElse(false))), input.isDisabled(), Optional.empty());
        User created = api.create(input.password().map(create::withPassword).orElse(create));
        input.permissions().filter(p -> !p.isEmpty()).ifPresent(p -> api.setPermissions(created.id(), p));
        UserView view = UserView.of(api.get(created.id(), Set.of(UserExpand.PERMISSIONS)), me);
        return new Result(target.name(), Operation.CREATE, "Created user #" + view.id() + " (" + email + ") on"
                        + " instance '" + target.name() + "'" + (input.password().isPresent()
                                ? " with the given password."
                                : " without a password: set one with operation=change_password before they can log"
                                        + " in."),
                Optional.of(view));
    }

    private Result update(ToolContext context, InstanceTarget target, UserApi api, int me, Input input) {
        int id = requireId(input);
        if (input.password().isPresent()) {
            throw new ToolFailure(name() + ": operation=update does not change passwords.",
                    "Use operation=change_password with user_id " + id + " and password.");
        }
        User current = api.get(id, Set.of());
        refuseLockingOut(id, me, input);
        UserUpdate.Builder changes = UserUpdate.builder();
        input.name().map(String::strip).filter(n -> !n.equals(current.name())).ifPresent(changes::name);
        input.nickname().map(String::strip).filter(n -> !n.equals(current.nickname())).ifPresent(changes::nickname);
        Optional<String> email = input.email().map(String::strip).filter(e -> !e.equalsIgnoreCase(current.email()));
        email.ifPresent(changes::email);
        input.isAdmin().filter(admin -> admin != current.isAdmin()).ifPresent(admin -> changes.roles(roles(admin)));
        input.isDisabled().filter(disabled -> disabled != current.isDisabled()).ifPresent(changes::isDisabled);
        UserUpdate update = changes.build();
        Optional<UserPermissionSet> permissions = input.permissions().filter(p -> !p.isEmpty());
        if (update.isEmpty() && permissions.isEmpty()) {
            return new Result(target.name(), Operation.UPDATE, "User #" + id + " already has these values;"
                    + " nothing was changed.", Optional.of(UserView.of(api.get(id, Set.of(UserExpand.PERMISSIONS)),
                            me)));
        }
        if (email.isPresent()) {
            requireUnusedEmail(target, api, email.get(), Optional.of(id));
        }
        context.requireWritable("update user #" + id + " on instance '" + target.name() + "'");
        if (!update.isEmpty()) {
            api.update(id, update);
        }
        permissions.ifPresent(p -> api.setPermissions(id, p));
        UserView view = UserView.of(api.get(id, Set.of(UserExpand.PERMISSIONS)), me);
        return new Result(target.name(), Operation.UPDATE, "Updated user #" + id + " (" + view.email() + ") on"
                + " instance '" + target.name() + "'.", Optional.of(view));
    }

    private Result delete(ToolContext context, InstanceTarget target, UserApi api, int me, Input input) {
        int id = requireId(input);
        if (id == me) {
            throw new ToolFailure("Refused to delete user #" + id + " on instance '" + target.name() + "': it is the"
                            + " account this server logs in with.",
                    "Log this server in with another admin (npm_update_instance_credentials) first; nothing was"
                            + " changed.");
        }
        User user = api.get(id, Set.of());
        context.requireConfirmation("delete user #" + id + " (" + user.email() + ") on instance '" + target.name()
                + "'", input.confirm());
        api.delete(id);
        return new Result(target.name(), Operation.DELETE, "Deleted user #" + id + " (" + user.email() + ") on"
                + " instance '" + target.name() + "'.", Optional.empty());
    }

    private Result changePassword(ToolContext context, InstanceTarget target, UserApi api, int me, Input input) {
        int id = input.userId().orElse(me);
        String password = required(input.password(), "password", input.operation());
        checkPassword(password);
        User user = api.get(id, Set.of());
        boolean own = id == me;
        if (own && input.currentPassword().filter(p -> !p.isEmpty()).isEmpty()) {
            throw new ToolFailure(name() + ": user #" + id + " is the account this server logs in with; NPM needs"
                            + " its current password to change it.",
                    "Pass current_password (ask the user for it).");
        }
        context.requireWritable("change the password of user #" + id + " on instance '" + target.name() + "'");
        api.changePassword(id, own
                ? PasswordChange.from(input.currentPassword().get(), password)
                : PasswordChange.to(password));
        return new Result(target.name(), Operation.CHANGE_PASSWORD, "Changed the password of user #" + id + " ("
                        + user.email() + ") on instance '" + target.name() + "'." + (own
                                ? " This is this server's own login: update it with npm_update_instance_credentials"
                                        + " (new_password) or the next login will fail."
                                : ""),
                Optional.of(UserView.of(user, me)));
    }

    private Result setPermissions(ToolContext context, InstanceTarget target, UserApi api, int me, Input input) {
        int id = requireId(input);
        UserPermissionSet permissions = input.permissions().filter(p -> !p.isEmpty()).orElseThrow(() ->
                new ToolFailure(name() + ": operation=set_permissions needs permissions with at least one field.",
                        "Pass permissions, e.g. {\"proxy_hosts\": \"manage\", \"certificates\": \"view\"}."));
        User user = api.get(id, Set.of());
        context.requireWritable("set the permissions of user #" + id + " on instance '" + target.name() + "'");
        api.setPermissions(id, permissions);
        UserView view = UserView.of(api.get(id, Set.of(UserExpand.PERMISSIONS)), me);
        return new Result(target.name(), Operation.SET_PERMISSIONS, "Set the permissions of user #" + id + " ("
                        + user.email() + ") on instance '" + target.name() + "'." + (user.isAdmin()
                                ? " The user is an administrator: NPM lets administrators do everything regardless."
                                : ""),
                Optional.of(view));
    }

    /** Disabling or demoting this server's own login would lock the server out of the instance. */
    private void refuseLockingOut(int id, int me, Input input) {
        if (id != me) {
            return;
        }
        if (input.isDisabled().orElse(false) || !input.isAdmin().orElse(true)) {
            throw new ToolFailure("Refused to " + (input.isDisabled().orElse(false) ? "disable" : "demote")
                            + " user #" + id + ": it is the account this server logs in with.",
                    "Log this server in with another admin (npm_update_instance_credentials) first; nothing was"
                            + " changed.");
        }
    }

    private void requireUnusedEmail(InstanceTarget target, UserApi api, String email, Optional<Integer> self) {
        Optional<User> holder = api.list(Optional.of(email), Set.of()).stream()
                .filter(u -> u.email().equalsIgnoreCase(email))
                .filter(u -> self.map(id -> u.id() != id).orElse(true))
                .findFirst();
        if (holder.isPresent()) {
            throw new ToolFailure("User #" + holder.get().id() + " on instance '" + target.name() + "' already has"
                            + " the email " + email + " (NPM would accept a duplicate and logins would become"
                            + " ambiguous).",
                    "Use another email, or update user #" + holder.get().id() + " instead.");
        }
    }

    private void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new ToolFailure(name() + ": the password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters long (it has " + password.length() + ").", "Choose another password.");
        }
    }

    private int requireId(Input input) {
        return input.userId().orElseThrow(() -> new ToolFailure(name() + ": operation="
                        + input.operation().name().toLowerCase(Locale.ROOT) + " needs user_id.",
                "Find the id with npm_list_users and pass it as user_id."));
    }

    private String required(Optional<String> value, String parameter, Operation operation) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new ToolFailure(name() + ": operation="
                        + operation.name().toLowerCase(Locale.ROOT) + " needs " + parameter + ".",
                "Pass " + parameter + "."));
    }

    private static List<String> roles(boolean admin) {
        return admin ? List.of("admin") : List.of();
    }

    @Override
    public Optional<String> render(Result output) {
        return Optional.of(output.message() + output.user().map(u -> "\n" + u.summary()).orElse(""));
    }
}
