package dev.npmmcp.proxyhost;

import dev.npmmcp.tool.ToolFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The host settings a manage call asks for, after the seed's parameter names and NPM's own names for the same setting
 * (force_ssl / ssl_forced, ...) are merged into one value each.
 */
record RequestedSettings(
        Optional<List<String>> domainNames,
        Optional<String> forwardScheme,
        Optional<String> forwardHost,
        Optional<Integer> forwardPort,
        Optional<Integer> certificateId,
        boolean requestCertificate,
        Optional<String> letsencryptEmail,
        Optional<Boolean> sslForced,
        Optional<Boolean> http2Support,
        Optional<Boolean> hstsEnabled,
        Optional<Boolean> hstsSubdomains,
        Optional<Boolean> allowWebsocketUpgrade,
        Optional<Boolean> blockExploits,
        Optional<Boolean> cachingEnabled,
        Optional<Boolean> trustForwardedProto,
        Optional<Integer> accessListId,
        Optional<List<ProxyLocation>> locations,
        Optional<String> advancedConfig) {

    static final String TOOL = "npm_manage_proxy_host";

    static RequestedSettings from(ManageProxyHostTool.Input input) {
        Optional<Integer> certificateId =
                twin("ssl_certificate_id", input.sslCertificateId(), "certificate_id", input.certificateId());
        boolean requestCertificate = input.requestCertificate().orElse(false);
        if (requestCertificate && certificateId.filter(id -> id > 0).isPresent()) {
            throw new ToolFailure("Invalid arguments for " + TOOL + ": request_certificate: true asks for a new"
                    + " Let's Encrypt certificate, but a certificate id (" + certificateId.get() + ") is given too.",
                    "Give either request_certificate: true or ssl_certificate_id, not both.");
        }
        return new RequestedSettings(
                input.domainNames().map(names -> names.stream()
                        .map(name -> name.strip().toLowerCase(Locale.ROOT))
                        .toList()),
                input.forwardScheme().map(ManageProxyHostTool.Scheme::wire),
                input.forwardHost().map(String::strip),
                input.forwardPort(),
                certificateId,
                requestCertificate,
                input.letsencryptEmail(),
                twin("force_ssl", input.forceSsl(), "ssl_forced", input.sslForced()),
                input.http2Support(),
                input.hstsEnabled(),
                input.hstsSubdomains(),
                twin("websocket_support", input.websocketSupport(), "allow_websocket_upgrade",
                        input.allowWebsocketUpgrade()),
                input.blockExploits(),
                input.cachingEnabled(),
                input.trustForwardedProto(),
                input.accessListId(),
                input.locations().map(list -> list.stream().map(ManageProxyHostTool.LocationInput::toLocation)
                        .toList()),
                input.advancedConfig());
    }

    /** One setting named two ways: either name may be used, both only when they agree. */
    private static <T> Optional<T> twin(String seedName, Optional<T> seed, String npmName, Optional<T> npm) {
        if (seed.isPresent() && npm.isPresent() && !Objects.equals(seed.get(), npm.get())) {
            throw new ToolFailure("Invalid arguments for " + TOOL + ": " + seedName + "=" + seed.get() + " and "
                    + npmName + "=" + npm.get() + " contradict each other; they are two names of the same"
                    + " setting.", "Pass only one of " + seedName + " and " + npmName + ".");
        }
        return seed.or(() -> npm);
    }

    /** The parameter names of the settings given, for operations that take none. */
    List<String> given() {
        List<String> names = new ArrayList<>();
        add(names, "domain_names", domainNames);
        add(names, "forward_scheme", forwardScheme);
        add(names, "forward_host", forwardHost);
        add(names, "forward_port", forwardPort);
        add(names, "ssl_certificate_id", certificateId);
        if (requestCertificate) {
            names.add("request_certificate");
        }
        add(names, "letsencrypt_email", letsencryptEmail);
        add(names, "force_ssl", sslForced);
        add(names, "http2_support", http2Support);
        add(names, "hsts_enabled", hstsEnabled);
        add(names, "hsts_subdomains", hstsSubdomains);
        add(names, "websocket_support", allowWebsocketUpgrade);
        add(names, "block_exploits", blockExploits);
        add(names, "caching_enabled", cachingEnabled);
        add(names, "trust_forwarded_proto", trustForwardedProto);
        add(names, "access_list_id", accessListId);
        add(names, "locations", locations);
        add(names, "advanced_config", advancedConfig);
        return names;
    }

    private static void add(List<String> names, String name, Optional<?> value) {
        if (value.isPresent()) {
            names.add(name);
        }
    }
}
