package dev.npmmcp.prompt;

import static dev.npmmcp.prompt.ToolCalls.object;
import static dev.npmmcp.prompt.ToolCalls.placeholder;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code access_list_setup}: an access list of IP rules and basic-auth users, made right the first time. */
final class AccessListSetupPrompt extends Prompt<AccessListSetupPrompt.Arguments> {

    static final String NAME = "access_list_setup";

    record Arguments(
            @JsonPropertyDescription("The access list's name, e.g. Family or Office VPN") String name,
            @JsonPropertyDescription("Addresses or CIDR ranges to let in, separated by commas, e.g. 192.168.1.0/24,"
                            + " 10.8.0.0/24")
                    Optional<List<String>> allowedNetworks,
            @JsonPropertyDescription("Basic-auth user names, separated by commas (the passwords are asked for"
                            + " in the conversation, never here)")
                    Optional<List<String>> users,
            @JsonPropertyDescription("The NPM instance; default: the selected, else the default instance")
                    Optional<String> instanceName) {

        Arguments {
            name = ArgumentChecks.label(name, "name");
            allowedNetworks = allowedNetworks.map(networks -> networks.stream()
                    .map(ArgumentChecks::network)
                    .distinct()
                    .toList());
            users = users.map(names -> {
                Set<String> seen = new HashSet<>();
                for (String user : names) {
                    if (!seen.add(ArgumentChecks.username(user))) {
                        throw new IllegalArgumentException("users: '" + user + "' is listed twice");
                    }
                }
                return List.copyOf(names);
            });
            instanceName = instanceName.map(instance -> ArgumentChecks.instanceName(instance, "instance_name"));
        }
    }

    private static final PromptTools TOOLS = new PromptTools(
            List.of("npm_list_access_lists", "npm_manage_access_list"),
            List.of("npm_get_proxy_host", "npm_manage_proxy_host"));

    AccessListSetupPrompt() {
        super(new PromptSpec<>(
                NAME,
                "Set up an access list",
                "Create an NPM access list that lets in given networks and/or basic-auth users: checks for a list of"
                        + " the same name, settles how IP rules and logins combine, asks for the passwords, creates the"
                        + " list, and attaches it to the proxy hosts you name.",
                Arguments.class,
                TOOLS));
    }

    @Override
    public List<PromptMessage> render(Arguments args, ToolAvailability tools) {
        ToolCalls calls = ToolCalls.on(args.instanceName());
        String name = ToolCalls.json(args.name());
        List<String> networks = args.allowedNetworks().orElse(List.of());
        List<String> users = args.users().orElse(List.of());
        PromptText text = new PromptText("Set up the NPM access list " + name);
        text.paragraph("Goal: an access list named " + name + " that " + goal(networks, users) + ", ready to"
                + " protect proxy hosts. NPM checks it before a request reaches the upstream.");
        text.heading("Ground rules");
        text.bullets(ServerNotes.groundRules(args.instanceName()));
        text.bullets(ServerNotes.about(TOOLS, tools, Optional.of("Check what exists, then give the user the"
                + " settings to enter in NPM's web UI (Access Lists > Add Access List), or ask them to restart"
                + " npm-mcp without --read-only.")));
        text.heading("Steps");
        text.step("Look at the existing lists: " + calls.call("npm_list_access_lists") + ".", List.of(
                "If one is already named " + name + " (names compare without case), show its users, IP rules,"
                        + " satisfy_any and the hosts using it, and ask whether to change it instead of creating a"
                        + " second list with the same name. A change applies at once to every host in its"
                        + " proxy_hosts."));
        text.step("Settle the rules with the user:", rules(networks, users));
        int planStep = text.nextStep();
        text.step("Show the plan and wait for the user's yes: name, IP rules, user names (never passwords),"
                + " satisfy_any and pass_auth.");
        if (tools.readOnly()) {
            text.step("Stop here: this server is read-only. Hand the user the plan as the settings to enter in NPM's"
                    + " web UI, then report.");
        } else {
            change(text, calls, args, planStep);
        }
        text.step("Report: the list's id and name, its IP rules, its user names, satisfy_any and pass_auth, the"
                + " hosts it now protects, and what the user should test: a visit from an allowed network, one from"
                + " elsewhere, and a login. Remind them to pass the passwords on to the people concerned.");
        return List.of(PromptMessage.user(text.text()));
    }

    /** The writes, once the user agreed: the list, its read-back, then the hosts it should protect. */
    private static void change(PromptText text, ToolCalls calls, Arguments args, int planStep) {
        List<String> networks = args.allowedNetworks().orElse(List.of());
        List<String> users = args.users().orElse(List.of());
        int createStep = text.nextStep();
        text.step("Create it: " + calls.call("npm_manage_access_list", createArguments(args, networks, users)) + ".",
                List.of("To change the existing list instead: npm_manage_access_list operation update with its"
                        + " list_id. The clients sent replace all IP rules. The items sent replace all users: an"
                        + " existing user sent without password keeps it, a user left out is deleted, which needs"
                        + " confirm true after the user agreed. Leave items out to keep the users as they are."));
        text.step("Verify: the result shows the list read back, with user names and IP rules (passwords are never"
                + " shown). Compare it with the plan of step " + planStep + ".");
        text.step("Ask which proxy hosts it should protect. For each: "
                + calls.call("npm_get_proxy_host", "domain_name", placeholder("domain")) + ", then "
                + calls.call("npm_manage_proxy_host", "operation", "update", "host_id", placeholder("host id"),
                        "access_list_id", placeholder("list id from step " + createStep))
                + ". It takes effect at once; check nginx_online in the result.");
    }

    private static String goal(List<String> networks, List<String> users) {
        String fromNetworks = "lets in " + String.join(", ", networks);
        String fromUsers = "asks " + String.join(", ", users) + " to log in";
        if (!networks.isEmpty() && !users.isEmpty()) {
            return fromNetworks + " and " + fromUsers;
        }
        if (!networks.isEmpty()) {
            return fromNetworks;
        }
        if (!users.isEmpty()) {
            return fromUsers;
        }
        return "lets in what the user describes (ask: which networks, which users, or both)";
    }

    private static List<String> rules(List<String> networks, List<String> users) {
        List<String> rules = new ArrayList<>();
        if (networks.isEmpty() && users.isEmpty()) {
            rules.add("No networks or users were given: ask for them first. A list with neither IP rules nor users"
                    + " does not do what anyone means: depending on the NPM version it shuts everyone out or lets"
                    + " everyone in.");
        }
        if (!networks.isEmpty()) {
            rules.add("IP rules (clients): one allow rule per network, in this order: " + String.join(", ", networks)
                    + ". NPM turns away every other address itself; no deny rule is needed.");
            if (networks.contains("all") || networks.contains("0.0.0.0/0") || networks.contains("::/0")) {
                rules.add("The networks include every address, which is no IP restriction at all: ask whether that"
                        + " is meant.");
            }
            rules.add("NPM sees the address a request arrives from: behind Cloudflare, a tunnel or another proxy"
                    + " that is the proxy's address, not the visitor's. Ask whether such a proxy is in front of NPM.");
        }
        if (!users.isEmpty()) {
            rules.add("Users (items): " + String.join(", ", users) + ". Ask the user for each password, or offer to"
                    + " generate a strong one and show it once. NPM needs a password for every new user and never"
                    + " shows it again.");
        }
        if (!networks.isEmpty() && !users.isEmpty()) {
            rules.add("satisfy_any: ask whether either is enough (true: no login from these networks, a login from"
                    + " anywhere else) or both are needed (false, NPM's default: these networks only, and a"
                    + " login).");
        } else if (!users.isEmpty()) {
            rules.add("satisfy_any true: with users and no IP rules that works on every NPM version, while false"
                    + " makes some versions refuse everyone, logins included.");
        }
        rules.add("pass_auth false (the default) unless the upstream itself reads the login from the request.");
        return rules;
    }

    private static Object[] createArguments(Arguments args, List<String> networks, List<String> users) {
        List<Object> pairs = new ArrayList<>(List.of("operation", "create", "name", args.name()));
        if (!users.isEmpty()) {
            pairs.addAll(List.of("satisfy_any", networks.isEmpty() ? true : placeholder("as agreed")));
        }
        pairs.addAll(List.of("pass_auth", false));
        pairs.addAll(List.of("clients", networks.stream()
                .map(network -> (Object) object("address", network, "directive", "allow"))
                .toList()));
        pairs.addAll(List.of("items", users.stream()
                .map(user -> (Object) object("username", user, "password", placeholder("password from the user")))
                .toList()));
        return pairs.toArray();
    }
}
