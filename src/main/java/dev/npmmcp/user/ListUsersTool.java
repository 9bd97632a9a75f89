package dev.npmmcp.user;

import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.InstanceOnly;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code npm_list_users}: the instance's users with their roles and permissions. */
public final class ListUsersTool extends Tool<InstanceOnly, ListUsersTool.Result> {

    public ListUsersTool() {
        super(new ToolSpec<>(
                "npm_list_users",
                "NPM users and their permissions.",
                Category.USER,
                ToolHints.reading(),
                InstanceOnly.class,
                Result.class));
    }

    public record Result(
            String instance,
            List<UserView> users) {}

    @Override
    public Result call(ToolContext context, InstanceOnly input) {
        InstanceTarget target = context.target(input.instanceName());
        UserApi api = new UserApi(target.client());
        int me = api.getMe(Set.of()).id();
        List<UserView> users = api.list(Optional.empty(), Set.of(UserExpand.PERMISSIONS)).stream()
                .map(user -> UserView.of(user, me))
                .toList();
        return new Result(target.name(), users);
    }

    @Override
    public Optional<String> render(Result output) {
        return Optional.of(HostListing.render(output.users().size() + " user(s) on instance '" + output.instance()
                + "'", output.users().stream().map(UserView::summary).toList(), List.of()));
    }
}
