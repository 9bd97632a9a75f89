package dev.npmmcp.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.npm.NpmPermissionException;
import dev.npmmcp.npm.NpmRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Which hosts and streams use which certificate. NPM keeps no reverse link (and leaves dangling {@code certificate_id}s
 * when a certificate is deleted), so the four host lists are read here. They are read as plain JSON because feature
 * packages do not depend on each other.
 *
 * @param unchecked the host kinds the login may not read (NPM answers 404 for a missing permission)
 */
record CertificateUsage(Map<Integer, List<HostRef>> byCertificate, List<String> unchecked) {

    private record Kind(String type, String operationId, String path) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("proxy_host", "getProxyHosts", "/nginx/proxy-hosts"),
            new Kind("redirection_host", "getRedirectionHosts", "/nginx/redirection-hosts"),
            new Kind("dead_host", "getDeadHosts", "/nginx/dead-hosts"),
            new Kind("stream", "getStreams", "/nginx/streams"));

    CertificateUsage {
        byCertificate = Map.copyOf(byCertificate);
        unchecked = List.copyOf(unchecked);
    }

    static CertificateUsage scan(NpmClient client) {
        Map<Integer, List<HostRef>> found = new LinkedHashMap<>();
        List<String> unchecked = new ArrayList<>();
        for (Kind kind : KINDS) {
            JsonNode hosts;
            try {
                hosts = client.send(NpmRequest.get(kind.operationId(), kind.path()));
            } catch (NpmPermissionException | NpmNotFoundException e) {
                unchecked.add(kind.type());
                continue;
            }
            for (JsonNode host : hosts) {
                int certificateId = host.path("certificate_id").asInt(0);
                if (certificateId > 0) {
                    found.computeIfAbsent(certificateId, id -> new ArrayList<>()).add(reference(kind.type(), host));
                }
            }
        }
        return new CertificateUsage(found, unchecked);
    }

    private static HostRef reference(String type, JsonNode host) {
        String name = type.equals("stream")
                ? "port " + host.path("incoming_port").asText()
                : StreamSupport.stream(host.path("domain_names").spliterator(), false)
                        .map(JsonNode::asText)
                        .collect(Collectors.joining(", "));
        return new HostRef(type, host.path("id").asInt(), name, host.path("enabled").asBoolean(true));
    }

    List<HostRef> of(int certificateId) {
        return byCertificate.getOrDefault(certificateId, List.of());
    }
}
