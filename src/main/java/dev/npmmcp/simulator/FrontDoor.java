package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * NPM's front door: nginx serving the proxy hosts by name, as NPM last wrote their configs. A host that NPM enabled
 * serves without its access rules (the bug the simulator reproduces on every profile), one with force-SSL redirects
 * plain HTTP, an access list with IP rules refuses addresses outside them (403) and one with users asks for them
 * (401), and the upstream's own answer is passed on (502 when nginx cannot reach it). What this cannot be is nginx's
 * TLS: the HTTPS door presents the one certificate the simulator was given.
 */
final class FrontDoor {

    private final SimState state;

    FrontDoor(SimState state) {
        this.state = state;
    }

    void handle(HttpExchange exchange, boolean secure) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String name = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("")
                    .replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
            Verdict verdict = verdict(name, secure, exchange.getRemoteAddress().getAddress(),
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")));
            switch (verdict) {
                case Verdict.Page page -> page(exchange, page.status(), page.title(), page.headers());
                case Verdict.Upstream upstream -> passOn(exchange, upstream);
            }
        }
    }

    private sealed interface Verdict {
        record Page(int status, String title, List<String[]> headers) implements Verdict {}

        record Upstream(String host, int port) implements Verdict {}
    }

    private Verdict verdict(String name, boolean secure, InetAddress client, Optional<String> authorization) {
        state.lock.lock();
        try {
            Optional<ObjectNode> host = state.proxyHosts.all().stream()
                    .filter(h -> h.path("enabled").asBoolean())
                    .filter(h -> serves(h.path("domain_names"), name))
                    .findFirst();
            if (host.isEmpty()) {
                return new Verdict.Page(404, "404 Not Found", List.of());
            }
            ObjectNode h = host.get();
            int id = h.path("id").asInt();
            if (!secure && h.path("ssl_forced").asBoolean() && h.path("certificate_id").asInt() > 0) {
                return new Verdict.Page(301, "301 Moved Permanently",
                        List.<String[]>of(new String[] {"Location", "https://" + name + "/"}));
            }
            int list = state.accessRulesDropped.contains(id) ? 0 : h.path("access_list_id").asInt();
            Optional<ObjectNode> rules = list > 0 ? state.accessLists.find(list) : Optional.empty();
            if (rules.isPresent()) {
                boolean addressOk = addressAllowed(state.accessClients.getOrDefault(list, List.of()), client);
                List<ObjectNode> users = state.accessItems.getOrDefault(list, List.of());
                boolean userOk = users.isEmpty() || authorization.map(a -> authenticated(users, a)).orElse(false);
                boolean any = rules.get().path("satisfy_any").asBoolean();
                if (any ? !(addressOk || userOk) : !(addressOk && userOk)) {
                    return !userOk
                            ? new Verdict.Page(401, "401 Authorization Required", List.<String[]>of(
                                    new String[] {"WWW-Authenticate", "Basic realm=\"Authorization required\""}))
                            : new Verdict.Page(403, "403 Forbidden", List.of());
                }
            }
            return new Verdict.Upstream(h.path("forward_host").asText(), h.path("forward_port").asInt());
        } finally {
            state.lock.unlock();
        }
    }

    private static boolean serves(JsonNode domains, String name) {
        for (JsonNode domain : domains) {
            String d = domain.asText().toLowerCase(Locale.ROOT);
            if (d.equals(name) || (d.startsWith("*.") && name.endsWith(d.substring(1)))) {
                return true;
            }
        }
        return false;
    }

    /** nginx's allow/deny: the first rule that matches decides; NPM ends the list with "deny all". */
    private static boolean addressAllowed(List<ObjectNode> clients, InetAddress client) {
        if (clients.isEmpty()) {
            return true;
        }
        for (ObjectNode rule : clients) {
            if (matches(rule.path("address").asText(), client)) {
                return rule.path("directive").asText().equals("allow");
            }
        }
        return false;
    }

    static boolean matches(String rule, InetAddress client) {
        if (rule.equals("all")) {
            return true;
        }
        String[] parts = rule.split("/", 2);
        try {
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] address = client.getAddress();
            if (network.length != address.length) {
                return false;
            }
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            for (int i = 0; i < network.length; i++) {
                int take = Math.max(0, Math.min(8, bits - i * 8));
                int mask = take == 0 ? 0 : (0xff << (8 - take)) & 0xff;
                if ((network[i] & mask) != (address[i] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean authenticated(List<ObjectNode> users, String authorization) {
        if (!authorization.startsWith("Basic ")) {
            return false;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = pair.indexOf(':');
        return colon > 0 && users.stream().anyMatch(u -> u.path("username").asText().equals(pair.substring(0, colon))
                && u.path("password").asText().equals(pair.substring(colon + 1)));
    }

    /** nginx passes the request on; a refused or silent upstream is its 502. */
    private static void passOn(HttpExchange exchange, Verdict.Upstream upstream) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(upstream.host(), upstream.port()), 1000);
        } catch (IOException unreachable) {
            page(exchange, 502, "502 Bad Gateway", List.of());
            return;
        }
        byte[] body = ("upstream " + upstream.host() + ":" + upstream.port() + " answered\n")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void page(HttpExchange exchange, int status, String title, List<String[]> headers)
            throws IOException {
        headers.forEach(header -> exchange.getResponseHeaders().add(header[0], header[1]));
        exchange.getResponseHeaders().add("Server", "openresty");
        byte[] body = ("<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>openresty</center>\r\n</body>\r\n</html>\r\n")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
