package dev.npmmcp.accesslist;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.accesslist.HostsUsingLists.HostRow;
import dev.npmmcp.accesslist.HostsUsingLists.HostUse;
import dev.npmmcp.tool.InputChecks;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.FieldChanges;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import dev.npmmcp.tool.Unadvertised;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code npm_manage_access_list}: create, update or delete an access list, around NPM's traps. */
public final class ManageAccessListTool extends Tool<ManageAccessListTool.Input, ManageAccessListTool.Result> {

    private static final Set<AccessListExpand> EXPAND = EnumSet.of(AccessListExpand.ITEMS, AccessListExpand.CLIENTS);

    public ManageAccessListTool() {
        super(new ToolSpec<>(
                "npm_manage_access_list",
                "An access list: IP rules in clients, in order (such as allow 10.0.0.0/8, then deny all), "
                        + "and basic-auth users in items. Deleting one opens its hosts to everyone.",
                Category.ACCESS_LIST,
                ToolHints.writing(true, false),
                Input.class,
                Result.class));
    }

    enum Operation {
        @JsonProperty("create") CREATE,
        @JsonProperty("update") UPDATE,
        @JsonProperty("delete") DELETE;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    enum Directive {
        @JsonProperty("allow") ALLOW,
        @JsonProperty("deny") DENY;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record ClientInput(
            String address,
            Directive directive) {

        AccessListRule toRule() {
            return new AccessListRule(address.strip(), directive.wire());
        }
    }

    record ItemInput(
            String username,
            @JsonPropertyDescription("Omit on update to keep it") Optional<String> password) {

        ItemInput {
            if (username.isBlank()) {
                throw new IllegalArgumentException("items[].username must not be empty");
            }
        }

        /** Never the password, should a record end up in a log line. */
        @Override
        public String toString() {
            return "ItemInput[username=" + username + ", password=" + (password.isPresent() ? "***" : "(keep)")
                    + "]";
        }
    }

    record Input(
            Operation operation,
            Optional<String> instanceName,
            Optional<Integer> listId,
            Optional<String> name,
            @JsonPropertyDescription("true: IP or login suffices; false: both") Optional<Boolean> satisfyAny,
            Optional<Boolean> passAuth,
            Optional<List<ClientInput>> clients,
            Optional<List<ItemInput>> items,
            @Unadvertised Optional<Boolean> confirm) {

        Input {
            InputChecks.id("list_id", listId);
            InputChecks.notBlank("name", name);
        }
    }

    record Result(
            String instance,
            String operation,
            int listId,
            boolean changed,
            String message,
            List<String> changedFields,
            Optional<AccessListView> accessList,
            List<String> usersKept,
            List<String> usersSet,
            List<String> usersRemoved,
            List<HostUse> detachedHosts,
            List<String> warnings) {}

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        return switch (input.operation()) {
            case CREATE -> create(context, target, input);
            case UPDATE -> update(context, target, requireListId(input), input);
            case DELETE -> delete(context, target, requireListId(input), input);
        };
    }

    private Result create(ToolContext context, InstanceTarget target, Input input) {
        if (input.listId().isPresent()) {
            throw invalid("create makes a new list and takes no list_id",
                    "Leave list_id out, or use operation update to change list " + input.listId().get() + ".");
        }
        String name = input.name().orElseThrow(() -> invalid("create needs name", "Pass a name for the list."));
        List<ItemInput> items = input.items().orElse(List.of());
        UserChanges.requireUnique(items);
        List<String> withoutPassword = items.stream()
                .filter(item -> item.password().filter(p -> !p.isEmpty()).isEmpty())
                .map(ItemInput::username)
                .toList();
        if (!withoutPassword.isEmpty()) {
            // NPM never answers a create with an empty password: refuse before sending
            throw invalid("user(s) " + String.join(", ", withoutPassword) + " have no password",
                    "Give every user a password when creating the list.");
        }
        context.requireWritable("create an access list");
        AccessList created = new AccessListApi(target.client()).create(new AccessListCreate(name,
                input.satisfyAny(), input.passAuth(),
                items.stream().map(item -> new AccessListUser(item.username(), item.password().orElseThrow()))
                        .toList(),
                input.clients().orElse(List.of()).stream().map(ClientInput::toRule).toList()));
        AccessList list = new AccessListApi(target.client()).get(created.id(), EXPAND);
        List<String> warnings = new ArrayList<>();
        if (list.items().isEmpty() && list.clients().isEmpty()) {
            warnings.add("The list has no users and no IP rules yet: add clients or items before attaching it to"
                    + " a host.");
        }
        List<String> fields = new ArrayList<>(List.of("name", "items", "clients"));
        input.satisfyAny().ifPresent(v -> fields.add("satisfy_any"));
        input.passAuth().ifPresent(v -> fields.add("pass_auth"));
        return new Result(target.name(), "create", list.id(), true,
                "Created access list #" + list.id() + " '" + list.name() + "' with " + list.items().size()
                        + " user(s) and " + list.clients().size() + " IP rule(s). Attach it to a host with"
                        + " npm_manage_proxy_host (access_list_id " + list.id() + ").",
                fields, Optional.of(AccessListView.of(list, Optional.of(List.of()))), List.of(),
                items.stream().map(ItemInput::username).toList(), List.of(), List.of(), warnings);
    }

    private Result update(ToolContext context, InstanceTarget target, int listId, Input input) {
        if (input.name().isEmpty() && input.satisfyAny().isEmpty() && input.passAuth().isEmpty()
                && input.clients().isEmpty() && input.items().isEmpty()) {
            throw invalid("update needs at least one of name, satisfy_any, pass_auth, clients, items",
                    "Pass what to change with list_id.");
        }
        context.requireWritable("update access list " + listId);
        AccessListApi api = new AccessListApi(target.client());
        AccessList current = api.get(listId, EXPAND);
        List<String> currentUsers = current.items().stream().map(AccessListItem::username).toList();
        UserChanges users = input.items()
                .map(items -> UserChanges.of(currentUsers, items))
                .orElseGet(() -> UserChanges.unchanged(currentUsers));
        AccessListUpdate.Builder update = AccessListUpdate.builder();
        FieldChanges fields = new FieldChanges();
        fields.compare(input.name(), current.name(), "name", update::name);
        fields.compare(input.satisfyAny(), current.satisfyAny(), "satisfy_any", update::satisfyAny);
        fields.compare(input.passAuth(), current.passAuth(), "pass_auth", update::passAuth);
        List<AccessListRule> currentRules = current.clients().stream()
                .map(c -> new AccessListRule(c.address(), c.directive())).toList();
        fields.compare(input.clients().map(clients -> clients.stream().map(ClientInput::toRule).toList()),
                currentRules, "clients", update::clients);
        users.send().ifPresent(items -> {
            update.items(items);
            fields.add("items");
        });
        if (fields.isEmpty()) {
            return new Result(target.name(), "update", listId, false, "Access list #" + listId + " '"
                    + current.name() + "' already is as asked; nothing was sent.", List.of(),
                    Optional.of(view(target, current)), users.kept(), List.of(), List.of(), List.of(), List.of());
        }
        if (!users.removed().isEmpty()) {
            context.requireConfirmation("delete user(s) " + String.join(", ", users.removed())
                    + " from access list #" + listId + " '" + current.name() + "' (they were left out of items)",
                    input.confirm().orElse(false));
        }
        api.update(listId, update.build());
        AccessList after = api.get(listId, EXPAND);
        AccessListView view = view(target, after);
        return new Result(target.name(), "update", listId, true, "Updated access list #" + listId + " '"
                + after.name() + "': " + String.join(", ", fields.names()) + "." + usersSentence(input, users),
                fields.names(), Optional.of(view), users.kept(), users.set(), users.removed(), List.of(),
                offlineHosts(target, listId));
    }

    private Result delete(ToolContext context, InstanceTarget target, int listId, Input input) {
        if (input.name().isPresent() || input.satisfyAny().isPresent() || input.passAuth().isPresent()
                || input.clients().isPresent() || input.items().isPresent()) {
            throw invalid("delete takes only list_id and confirm", "Call delete with list_id and confirm alone.");
        }
        context.requireWritable("delete access list " + listId);
        AccessList current = new AccessListApi(target.client()).get(listId, EXPAND);
        Optional<List<HostRow>> hosts = HostsUsingLists.read(target.client())
                .map(byList -> byList.getOrDefault(listId, List.of()));
        String affected = hosts.map(rows -> rows.isEmpty() ? "no proxy host uses it"
                        : "proxy host(s) " + HostsUsingLists.names(rows) + " lose it and become open to everyone")
                .orElse(current.proxyHostCount() + " proxy host(s) use it and become open to everyone");
        context.requireConfirmation("delete access list #" + listId + " '" + current.name() + "' on instance '"
                + target.name() + "' (" + affected + ")", input.confirm().orElse(false));
        new AccessListApi(target.client()).delete(listId);
        List<HostUse> detached = hosts.orElse(List.of()).stream().map(HostUse::of).toList();
        List<String> warnings = hosts.isPresent() ? List.of()
                : List.of("This NPM user may not read proxy hosts: NPM detached the list from "
                        + current.proxyHostCount() + " host(s) that cannot be named here.");
        return new Result(target.name(), "delete", listId, true, "Deleted access list #" + listId + " '"
                + current.name() + "'; " + affected + ".", List.of(), Optional.empty(), List.of(), List.of(),
                current.items().stream().map(AccessListItem::username).toList(), detached, warnings);
    }

    private static AccessListView view(InstanceTarget target, AccessList list) {
        return AccessListView.of(list, HostsUsingLists.read(target.client())
                .map(byList -> byList.getOrDefault(list.id(), List.of())));
    }

    /** NPM rewrites the nginx config of every host using the list; say which ones nginx then rejected. */
    private static List<String> offlineHosts(InstanceTarget target, int listId) {
        return HostsUsingLists.read(target.client())
                .map(byList -> byList.getOrDefault(listId, List.of()))
                .orElse(List.of())
                .stream()
                .filter(row -> row.meta().failed())
                .map(row -> "nginx rejected the config of proxy host " + HostsUsingLists.names(List.of(row))
                        + row.meta().nginxErr().map(e -> ": " + e.strip()).orElse(""))
                .toList();
    }

    private static String usersSentence(Input input, UserChanges users) {
        if (input.items().isEmpty()) {
            return " Users unchanged (items was left out, so NPM kept all " + users.kept().size() + ").";
        }
        return " Users, by NPM's rule that items replaces the whole user list: kept with their stored password "
                + listed(users.kept()) + "; added or new password " + listed(users.set()) + "; deleted "
                + listed(users.removed()) + ".";
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static int requireListId(Input input) {
        return input.listId().orElseThrow(() -> invalid(input.operation().wire() + " needs list_id",
                "Find the list's id with npm_list_access_lists."));
    }

    private static ToolFailure invalid(String problem, String hint) {
        return new ToolFailure("Invalid arguments for " + UserChanges.TOOL + ": " + problem + ".", hint);
    }

    @Override
    public Optional<String> render(Result result) {
        StringBuilder text = new StringBuilder(result.message());
        result.warnings().forEach(w -> text.append("\nwarning: ").append(w));
        return Optional.of(text.toString());
    }
}
