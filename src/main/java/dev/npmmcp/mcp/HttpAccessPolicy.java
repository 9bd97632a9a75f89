package dev.npmmcp.mcp;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may talk to the HTTP transport. A browser page on a foreign origin is refused first (DNS-rebinding and
 * cross-site requests), then every path but /health needs the bearer token.
 */
final class HttpAccessPolicy {

    static final String HEALTH_PATH = "/health";

    private final BearerToken token;
    private final Set<String> allowedOrigins;

    HttpAccessPolicy(BearerToken token, Set<String> allowedOrigins) {
        this.token = token;
        this.allowedOrigins = allowedOrigins.stream().map(HttpAccessPolicy::normalize).collect(Collectors.toSet());
    }

    sealed interface Decision {
        record Allow() implements Decision {}

        record Deny(int status, String reason) implements Decision {}
    }

    Decision check(String path, Optional<String> origin, Optional<String> authorization) {
        if (origin.isPresent() && !originAllowed(origin.get())) {
            return new Decision.Deny(403, "Origin not allowed; start the server with --allowed-origins to permit it");
        }
        if (HEALTH_PATH.equals(path)) {
            return new Decision.Allow();
        }
        Optional<String> presented = authorization.flatMap(HttpAccessPolicy::bearer);
        if (presented.isEmpty()) {
            return new Decision.Deny(401, "Missing bearer token: send Authorization: Bearer <token>");
        }
        if (!token.matches(presented.get())) {
            return new Decision.Deny(401, "Invalid bearer token");
        }
        return new Decision.Allow();
    }

    private boolean originAllowed(String origin) {
        return allowedOrigins.contains(normalize(origin)) || isLoopback(origin);
    }

    private static Optional<String> bearer(String header) {
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length == 2 && parts[0].equalsIgnoreCase("Bearer") && !parts[1].isBlank()) {
            return Optional.of(parts[1].trim());
        }
        return Optional.empty();
    }

    private static boolean isLoopback(String origin) {
        try {
            URI uri = new URI(origin);
            String host = uri.getHost();
            if (host == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return false;
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.equals("localhost")) {
                return true;
            }
            // only literals: resolving a name here would let DNS decide what counts as loopback
            if (host.startsWith("[") || host.matches("[0-9.]+")) {
                return InetAddress.getByName(host).isLoopbackAddress();
            }
            return false;
        } catch (URISyntaxException | UnknownHostException e) {
            return false;
        }
    }

    private static String normalize(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
