package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.npmmcp.npm.TestPki;
import dev.npmmcp.simulator.AcmeMode;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The everyday tasks a new user asks for, through the seed tool names, on the jar over stdio, against each NPM version
 * profile. Each task's effect is checked by asking the simulator's own API (as a user would ask NPM), never by
 * trusting the tool's answer; a failure names the task and the profile.
 */
class EverydayTasksIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "admin@example.com";
    private static final String PASSWORD = "a-long-admin-password";

    @TempDir
    Path dir;

    /** NPM's own API, logged in as the admin: what NPM really holds. */
    private record Npm(URI base, String token, HttpClient http) {

        static Npm login(NpmSimulator sim) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            String token = JSON.readTree(http.send(HttpRequest.newBuilder(sim.baseUri().resolve("/api/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"identity\":\"" + ADMIN + "\",\"secret\":\""
                            + PASSWORD + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).path("token").asText();
            return new Npm(sim.baseUri(), token, http);
        }

        JsonNode get(String path) {
            try {
                return JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/api" + path))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString())
                        .body());
            } catch (Exception e) {
                throw new IllegalStateException("GET " + path, e);
            }
        }

        JsonNode find(String path, String field, String value) {
            return StreamSupport.stream(get(path).spliterator(), false)
                    .filter(item -> item.path(field).toString().contains(value))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("NPM has no " + path + " with " + field + " " + value));
        }
    }

    /** One named task: a tool call, then a check of what NPM holds. */
    private record Task(String name, String tool, Map<String, Object> arguments, Consumer<JsonNode> check) {}

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldDoEveryEverydayTaskOnThisNpmVersion(NpmProfile profile) throws Exception {
        try (NpmSimulator sim = NpmSimulator.builder().profile(profile).admin(ADMIN, PASSWORD)
                .acme(AcmeMode.ISSUE).start()) {
            McpSyncClient client = new IsolatedServer(dir)
                    .env("NPM_URL", sim.baseUri().toString())
                    .env("NPM_IDENTITY", ADMIN)
                    .env("NPM_SECRET", PASSWORD)
                    .env("NPM_INSTANCE_NAME", "home")
                    .stdio(List.of("serve"), new JacksonMcpJsonMapper(JsonMapper.builder().build()), line -> {});
            try {
                run(profile, client, sim);
            } finally {
                client.closeGracefully();
            }
        }
    }

    private void run(NpmProfile profile, McpSyncClient client, NpmSimulator sim) throws Exception {
        Npm npm = Npm.login(sim);
        Map<String, Integer> ids = new LinkedHashMap<>();
        TestPki.Issued custom = TestPki.rsa("files.example.net", "files.example.net");
        List<Task> tasks = new ArrayList<>();
        // proxy host
        tasks.add(new Task("create a proxy host", "npm_manage_proxy_host", Map.of("operation", "create",
                "domain_names", List.of("app.example.net"), "forward_host", "10.0.0.5", "forward_port", 3000),
                result -> {
                    JsonNode host = npm.find("/nginx/proxy-hosts", "domain_names", "app.example.net");
                    ids.put("host", host.path("id").asInt());
                    assertThat(host.path("forward_port").asInt()).isEqualTo(3000);
                }));
        tasks.add(new Task("update the proxy host", "npm_manage_proxy_host", Map.of("operation", "update",
                "host_id", "$host", "forward_port", 3001),
                result -> assertThat(npm.get("/nginx/proxy-hosts/" + ids.get("host")).path("forward_port").asInt())
                        .isEqualTo(3001)));
        tasks.add(toggle(npm, ids, "npm_manage_proxy_host", "host", "host_id", "/nginx/proxy-hosts/", false));
        tasks.add(toggle(npm, ids, "npm_manage_proxy_host", "host", "host_id", "/nginx/proxy-hosts/", true));
        // redirection host
        tasks.add(new Task("create a redirection host", "npm_manage_redirection", Map.of("operation", "create",
                "domain_names", List.of("old.example.net"), "forward_domain_name", "new.example.net",
                "forward_http_code", 301, "forward_scheme", "https"),
                result -> ids.put("redirect", npm.find("/nginx/redirection-hosts", "domain_names", "old.example.net")
                        .path("id").asInt())));
        tasks.add(new Task("update the redirection host", "npm_manage_redirection", Map.of("operation", "update",
                "redirect_id", "$redirect", "forward_http_code", 308),
                result -> assertThat(npm.get("/nginx/redirection-hosts/" + ids.get("redirect"))
                        .path("forward_http_code").asInt()).isEqualTo(308)));
        tasks.add(toggle(npm, ids, "npm_manage_redirection", "redirect", "redirect_id", "/nginx/redirection-hosts/",
                false));
        tasks.add(toggle(npm, ids, "npm_manage_redirection", "redirect", "redirect_id", "/nginx/redirection-hosts/",
                true));
        // 404 host
        tasks.add(new Task("create a 404 host", "npm_manage_dead_host", Map.of("operation", "create",
                "domain_names", List.of("gone.example.net")),
                result -> ids.put("dead", npm.find("/nginx/dead-hosts", "domain_names", "gone.example.net")
                        .path("id").asInt())));
        tasks.add(new Task("update the 404 host", "npm_manage_dead_host", Map.of("operation", "update",
                "host_id", "$dead", "domain_names", List.of("gone.example.net", "lost.example.net")),
                result -> assertThat(npm.get("/nginx/dead-hosts/" + ids.get("dead")).path("domain_names").toString())
                        .contains("lost.example.net")));
        tasks.add(toggle(npm, ids, "npm_manage_dead_host", "dead", "host_id", "/nginx/dead-hosts/", false));
        tasks.add(toggle(npm, ids, "npm_manage_dead_host", "dead", "host_id", "/nginx/dead-hosts/", true));
        // stream
        tasks.add(new Task("create a stream", "npm_manage_stream", Map.of("operation", "create",
                "incoming_port", 2222, "forwarding_host", "10.0.0.7", "forwarding_port", 22),
                result -> ids.put("stream", npm.find("/nginx/streams", "incoming_port", "2222").path("id").asInt())));
        tasks.add(new Task("update the stream", "npm_manage_stream", Map.of("operation", "update",
                "stream_id", "$stream", "forwarding_port", 2022),
                result -> assertThat(npm.get("/nginx/streams/" + ids.get("stream")).path("forwarding_port").asInt())
                        .isEqualTo(2022)));
        tasks.add(toggle(npm, ids, "npm_manage_stream", "stream", "stream_id", "/nginx/streams/", false));
        tasks.add(toggle(npm, ids, "npm_manage_stream", "stream", "stream_id", "/nginx/streams/", true));
        // access lists
        tasks.add(new Task("create an access list with IP rules and users", "npm_manage_access_list",
                Map.of("operation", "create", "name", "office",
                        "clients", List.of(Map.of("address", "10.0.0.0/8", "directive", "allow")),
                        "items", List.of(Map.of("username", "ops", "password", "a-long-secret-1"))),
                result -> {
                    JsonNode list = npm.find("/nginx/access-lists?expand=items,clients", "name", "office");
                    ids.put("list", list.path("id").asInt());
                    assertThat(list.path("clients").toString()).contains("10.0.0.0/8");
                    assertThat(list.path("items").toString()).contains("ops");
                }));
        tasks.add(new Task("create an IP-only access list", "npm_manage_access_list", Map.of("operation", "create",
                "name", "lan", "clients", List.of(Map.of("address", "192.168.0.0/16", "directive", "allow"))),
                result -> {
                    JsonNode list = npm.find("/nginx/access-lists?expand=items,clients", "name", "lan");
                    ids.put("iplist", list.path("id").asInt());
                    assertThat(list.path("items")).isEmpty();
                }));
        tasks.add(new Task("attach the access list to the host", "npm_manage_proxy_host", Map.of("operation",
                "update", "host_id", "$host", "access_list_id", "$list"),
                result -> {
                    assertThat(npm.get("/nginx/proxy-hosts/" + ids.get("host")).path("access_list_id").asInt())
                            .isEqualTo(ids.get("list"));
                    assertThat(sim.accessRulesInForce(ids.get("host"))).hasValue(ids.get("list"));
                }));
        tasks.add(new Task("rename the access list keeping its passwords", "npm_manage_access_list",
                Map.of("operation", "update", "list_id", "$list", "name", "office-vpn"),
                result -> {
                    JsonNode list = npm.get("/nginx/access-lists/" + ids.get("list") + "?expand=items");
                    assertThat(list.path("name").asText()).isEqualTo("office-vpn");
                    assertThat(list.path("items").get(0).path("hint").asText()).as("the stored password kept")
                            .startsWith("a").hasSize("a-long-secret-1".length());
                }));
        // certificates
        tasks.add(new Task("request a Let's Encrypt certificate with an email", "npm_manage_certificate",
                Map.of("operation", "create", "provider", "letsencrypt", "domain_names", List.of("app.example.net"),
                        "letsencrypt_email", "ops@example.net"),
                result -> ids.put("le", npm.find("/nginx/certificates", "domain_names", "app.example.net")
                        .path("id").asInt())));
        tasks.add(new Task("request a Let's Encrypt certificate without an email", "npm_manage_certificate",
                Map.of("operation", "create", "provider", "letsencrypt", "domain_names", List.of("www.example.net")),
                result -> assertThat(npm.find("/nginx/certificates", "domain_names", "www.example.net")
                        .path("provider").asText()).isEqualTo("letsencrypt")));
        tasks.add(new Task("upload a custom certificate", "npm_manage_certificate", Map.of("operation", "create",
                "provider", "custom", "nice_name", "files", "custom_certificate", custom.certificatePem(),
                "custom_key", custom.pkcs8KeyPem()),
                result -> {
                    JsonNode certificate = npm.find("/nginx/certificates", "nice_name", "files");
                    ids.put("custom", certificate.path("id").asInt());
                    assertThat(certificate.path("provider").asText()).isEqualTo("other");
                    assertThat(certificate.path("domain_names").toString()).contains("files.example.net");
                }));
        tasks.add(new Task("attach a certificate with force SSL", "npm_manage_proxy_host", Map.of("operation",
                "update", "host_id", "$host", "certificate_id", "$le", "ssl_forced", true),
                result -> {
                    JsonNode host = npm.get("/nginx/proxy-hosts/" + ids.get("host"));
                    assertThat(host.path("certificate_id").asInt()).isEqualTo(ids.get("le"));
                    assertThat(host.path("ssl_forced").asBoolean()).isTrue();
                }));
        tasks.add(new Task("renew the Let's Encrypt certificate", "npm_manage_certificate", Map.of("operation",
                "renew", "cert_id", "$le"),
                result -> assertThat(npm.get("/nginx/certificates/" + ids.get("le")).path("expires_on").asText())
                        .isNotBlank()));
        // users, settings, audit, reports
        tasks.add(new Task("create a user", "npm_manage_user", Map.of("operation", "create", "email",
                "kim@example.net", "name", "Kim", "password", "a-long-password-2"),
                result -> ids.put("user", npm.find("/users", "email", "kim@example.net").path("id").asInt())));
        tasks.add(new Task("set the user's permissions", "npm_manage_user", Map.of("operation", "set_permissions",
                "user_id", "$user", "permissions", Map.of("proxy_hosts", "manage", "certificates", "view")),
                result -> {
                    JsonNode permissions = npm.get("/users/" + ids.get("user") + "?expand=permissions")
                            .path("permissions");
                    assertThat(permissions.path("proxy_hosts").asText()).isEqualTo("manage");
                    assertThat(permissions.path("certificates").asText()).isEqualTo("view");
                }));
        tasks.add(new Task("set the default site", "npm_update_system_settings", Map.of("setting_id",
                "default-site", "value", "404"),
                result -> assertThat(npm.get("/settings/default-site").path("value").asText()).isEqualTo("404")));
        tasks.add(new Task("read the audit log", "npm_get_audit_logs", Map.of("limit", 10),
                result -> assertThat(result.toString()).contains(String.valueOf(npm.get("/audit-log").get(0)
                        .path("id").asInt()))));
        tasks.add(new Task("read the host reports", "npm_get_host_reports", Map.of(),
                result -> assertThat(result.toString())
                        .contains(String.valueOf(npm.get("/reports/hosts").path("proxy").asInt()))));
        // every delete
        tasks.add(delete(npm, ids, "npm_manage_proxy_host", "host", "host_id", "/nginx/proxy-hosts/"));
        tasks.add(delete(npm, ids, "npm_manage_redirection", "redirect", "redirect_id", "/nginx/redirection-hosts/"));
        tasks.add(delete(npm, ids, "npm_manage_dead_host", "dead", "host_id", "/nginx/dead-hosts/"));
        tasks.add(delete(npm, ids, "npm_manage_stream", "stream", "stream_id", "/nginx/streams/"));
        tasks.add(delete(npm, ids, "npm_manage_access_list", "list", "list_id", "/nginx/access-lists/"));
        tasks.add(delete(npm, ids, "npm_manage_access_list", "iplist", "list_id", "/nginx/access-lists/"));
        tasks.add(delete(npm, ids, "npm_manage_certificate", "le", "cert_id", "/nginx/certificates/"));
        tasks.add(delete(npm, ids, "npm_manage_certificate", "custom", "cert_id", "/nginx/certificates/"));
        tasks.add(delete(npm, ids, "npm_manage_user", "user", "user_id", "/users/"));

        List<String> failed = new ArrayList<>();
        for (Task task : tasks) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            task.arguments().forEach((key, value) -> arguments.put(key,
                    value instanceof String s && s.startsWith("$") ? ids.get(s.substring(1)) : value));
            CallToolResult result = client.callTool(new CallToolRequest(task.tool(), arguments));
            try {
                assertThat(result.isError()).as(McpHarness.text(result)).isFalse();
                task.check().accept(JSON.valueToTree(result.structuredContent()));
            } catch (AssertionError e) {
                failed.add(profile.release() + " / " + task.name() + ": " + e.getMessage());
            }
        }
        assertThat(failed).as("tasks that failed on NPM " + profile.release() + " (" + tasks.size() + " in all)")
                .isEmpty();
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(27);
    }

    private static Task toggle(Npm npm, Map<String, Integer> ids, String tool, String key, String idParameter,
            String path, boolean enable) {
        return new Task((enable ? "enable " : "disable ") + key, tool,
                Map.of("operation", enable ? "enable" : "disable", idParameter, "$" + key),
                result -> assertThat(npm.get(path + ids.get(key)).path("enabled").asBoolean()).isEqualTo(enable));
    }

    private static Task delete(Npm npm, Map<String, Integer> ids, String tool, String key, String idParameter,
            String path) {
        return new Task("delete " + key, tool, Map.of("operation", "delete", idParameter, "$" + key, "confirm", true),
                result -> {
                    JsonNode gone = npm.get(path + ids.get(key));
                    assertThat(gone.path("error").isMissingNode() && gone.path("id").isInt())
                            .as(path + ids.get(key) + " still answered " + gone).isFalse();
                });
    }
}
