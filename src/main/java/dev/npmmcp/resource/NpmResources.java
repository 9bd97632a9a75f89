package dev.npmmcp.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.npmmcp.resource.NpmResource.IdList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code npm://} resources: an overview per instance and, per instance, its proxy hosts, certificates, access
 * lists (each also by id), redirection hosts, 404 hosts, streams and settings. Each shows the JSON of the read tool
 * behind it, so it carries exactly what that tool may show (already redacted, never a private key).
 */
public final class NpmResources {

    public static final String SCHEME = "npm://";

    /** Where ids are listed: a proxy host list of one page as large as the tool allows. */
    static final IdList PROXY_HOSTS = new IdList("npm_list_proxy_hosts", "hosts", Map.of("limit", 500));
    static final IdList CERTIFICATES = new IdList("npm_list_certificates", "certificates", Map.of());
    static final IdList ACCESS_LISTS = new IdList("npm_list_access_lists", "access_lists", Map.of());
    static final IdList SETTINGS = new IdList("npm_get_system_settings", "settings", Map.of());

    /** A template with its URI pattern, parsed once rather than on every read. */
    private record Route(NpmResource resource, UriTemplate uri) {}

    private final Supplier<List<String>> instanceNames;
    private final List<NpmResource> templates;
    private final List<Route> routes;

    private NpmResources(Supplier<List<String>> instanceNames) {
        this.instanceNames = instanceNames;
        this.templates = List.of(
                new NpmResource(SCHEME + "{instance}", "instance", "NPM instance overview",
                        "One NPM instance: reachable or not, NPM version, and how many proxy hosts, redirection and"
                                + " 404 hosts, streams, certificates (and expiring ones) and access lists it has",
                        "npm_fleet_query", Optional.empty(), this::overview),
                list("proxy-hosts", "Proxy hosts", "npm_list_proxy_hosts",
                        Map.of("limit", 500, "compact", false)),
                new NpmResource(SCHEME + "{instance}/proxy-hosts/{id}", "proxy-host", "Proxy host",
                        "One proxy host in full, as npm_get_proxy_host shows it", "npm_get_proxy_host",
                        Optional.of(PROXY_HOSTS), this::proxyHost),
                list("certificates", "SSL certificates", "npm_list_certificates", Map.of()),
                byId("certificates", "certificate", "SSL certificate", CERTIFICATES),
                list("access-lists", "Access lists", "npm_list_access_lists", Map.of()),
                byId("access-lists", "access list", "Access list", ACCESS_LISTS),
                list("redirection-hosts", "Redirection hosts", "npm_list_redirections", Map.of()),
                list("dead-hosts", "404 hosts", "npm_list_dead_hosts", Map.of()),
                list("streams", "Streams", "npm_list_streams", Map.of()),
                list("settings", "Instance-wide settings", "npm_get_system_settings", Map.of()),
                byId("settings", "setting", "Setting", SETTINGS));
        this.routes = templates.stream().map(t -> new Route(t, UriTemplate.of(t.uriTemplate()))).toList();
    }

    /** @param instanceNames the configured instances now (instances can be added while the server runs) */
    public static NpmResources standard(Supplier<List<String>> instanceNames) {
        return new NpmResources(instanceNames);
    }

    public List<NpmResource> templates() {
        return templates;
    }

    /** The template written {@code uriTemplate}, e.g. {@code npm://{instance}/proxy-hosts/{id}}. */
    public Optional<NpmResource> template(String uriTemplate) {
        return templates.stream().filter(t -> t.uriTemplate().equals(uriTemplate)).findFirst();
    }

    public List<String> instanceNames() {
        return instanceNames.get();
    }

    /** The URI of one instance's overview, as resources/list shows it. */
    public static String instanceUri(String instance) {
        return SCHEME + instance;
    }

    /**
     * Reads {@code uri} with {@code tools}.
     *
     * @throws ResourceFailure NOT_FOUND for a URI no template matches, an unknown instance or id; FAILED when NPM
     *     or the tool behind it failed
     */
    public JsonNode read(String uri, ToolReader tools) {
        for (Route route : routes) {
            Optional<Map<String, String>> variables = route.uri().match(uri);
            if (variables.isPresent()) {
                requireKnown(variables.get().get("instance"));
                return route.resource().read(variables.get(), tools);
            }
        }
        throw new ResourceFailure(ResourceFailure.Kind.NOT_FOUND, "No npm-mcp resource has the URI '" + uri
                + "'. resources/templates/list shows the npm:// URI templates, e.g. " + SCHEME
                + "<instance>/proxy-hosts/<id>.");
    }

    private void requireKnown(String instance) {
        List<String> known = instanceNames.get();
        if (!known.contains(instance)) {
            String next = known.isEmpty()
                    ? "None is configured; add one with npm_manage_instance."
                    : "Configured: " + String.join(", ", known) + ". Use one of these names in the npm:// URI, or add"
                            + " the instance with npm_manage_instance.";
            throw new ResourceFailure(ResourceFailure.Kind.NOT_FOUND,
                    "No NPM instance is named '" + instance + "'. " + next);
        }
    }

    private NpmResource list(String path, String title, String tool, Map<String, Object> extra) {
        return new NpmResource(SCHEME + "{instance}/" + path, path, title,
                title + " of one NPM instance, as " + tool + " shows them", tool, Optional.empty(),
                (variables, tools) -> listed(tools, tool, extra, Optional.of(instance(variables))));
    }

    /** An entry of a list tool's output picked by id: NPM's lists are cheap and the tools have no get by id. */
    private NpmResource byId(String path, String what, String title, IdList ids) {
        return new NpmResource(SCHEME + "{instance}/" + path + "/{id}", path.replaceAll("s$", ""), title,
                "One " + what + " of an NPM instance, as " + ids.tool() + " shows it", ids.tool(), Optional.of(ids),
                (variables, tools) -> {
                    String id = variables.get("id");
                    JsonNode list = listed(tools, ids.tool(), ids.arguments(), Optional.of(instance(variables)));
                    for (JsonNode entry : list.path(ids.field())) {
                        if (entry.path("id").asText().equals(id)) {
                            return entry;
                        }
                    }
                    throw new ResourceFailure(ResourceFailure.Kind.NOT_FOUND, "Instance '" + instance(variables)
                            + "' has no " + what + " with id " + id + ". Read " + SCHEME + instance(variables) + "/"
                            + path + " for the ids it has.");
                });
    }

    private JsonNode proxyHost(Map<String, String> variables, ToolReader tools) {
        int id = id(variables, "proxy host");
        try {
            return tools.read("npm_get_proxy_host", Map.of("instance_name", instance(variables), "host_id", id));
        } catch (ResourceFailure failed) {
            // the tool's failure does not say whether the host is missing or NPM failed; the list does
            JsonNode list = listed(tools, PROXY_HOSTS.tool(), PROXY_HOSTS.arguments(),
                    Optional.of(instance(variables)));
            boolean listed = false;
            for (JsonNode host : list.path(PROXY_HOSTS.field())) {
                listed |= host.path("id").asInt() == id;
            }
            if (listed || list.path("has_more").asBoolean()) {
                throw failed;
            }
            throw new ResourceFailure(ResourceFailure.Kind.NOT_FOUND, "Instance '" + instance(variables)
                    + "' has no proxy host with id " + id + ". Read " + SCHEME + instance(variables)
                    + "/proxy-hosts for the ids it has.");
        }
    }

    private JsonNode overview(Map<String, String> variables, ToolReader tools) {
        String instance = instance(variables);
        JsonNode answer = tools.read("npm_fleet_query", Map.of("query", "overview", "instance_names", List.of(instance)));
        JsonNode entry = answer.path("instances").path(0);
        if (!(entry instanceof ObjectNode overview)) {
            throw new ResourceFailure(ResourceFailure.Kind.FAILED, "npm_fleet_query gave no overview of instance '"
                    + instance + "'. Call npm_fleet_query with query overview to see why.");
        }
        ObjectNode copy = overview.deepCopy();
        ArrayNode related = copy.putArray("resources");
        for (NpmResource template : templates) {
            if (!template.uriTemplate().contains("{id}") && !template.uriTemplate().equals(SCHEME + "{instance}")) {
                related.add(template.uriTemplate().replace("{instance}", instance));
            }
        }
        return copy;
    }

    /**
     * What read tool {@code tool} answers on {@code instance} (none: the one calls go to), given {@code arguments}
     * besides the instance name.
     */
    static JsonNode listed(ToolReader tools, String tool, Map<String, Object> arguments, Optional<String> instance) {
        Map<String, Object> all = new HashMap<>(arguments);
        instance.ifPresent(name -> all.put("instance_name", name));
        return tools.read(tool, all);
    }

    private static String instance(Map<String, String> variables) {
        return variables.get("instance");
    }

    private static int id(Map<String, String> variables, String what) {
        String id = variables.get("id");
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException notNumber) {
            throw new ResourceFailure(ResourceFailure.Kind.NOT_FOUND, "'" + id + "' is not a " + what
                    + " id: ids are numbers. Read " + SCHEME + instance(variables) + "/proxy-hosts for the ids.");
        }
    }
}
