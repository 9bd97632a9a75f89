package dev.npmmcp.stream;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.HostWrites;
import java.util.Optional;

/** A stream as the tools report it: what it forwards, and whether nginx is actually listening. */
record StreamView(
        @JsonPropertyDescription("The stream's id (stream_id in npm_manage_stream)") int id,
        @JsonPropertyDescription("The port NPM listens on") int incomingPort,
        @JsonPropertyDescription("The host traffic is forwarded to") String forwardingHost,
        @JsonPropertyDescription("The port traffic is forwarded to") int forwardingPort,
        @JsonPropertyDescription("Whether TCP is forwarded") boolean tcpForwarding,
        @JsonPropertyDescription("Whether UDP is forwarded") boolean udpForwarding,
        @JsonPropertyDescription("The TLS certificate NPM terminates with; absent for a plain stream")
                Optional<Integer> certificateId,
        @JsonPropertyDescription("Whether the stream is enabled") boolean enabled,
        @JsonPropertyDescription("false when nginx rejected the stream's config, so nothing listens on the port;"
                        + " absent when NPM has not reported it")
                Optional<Boolean> nginxOnline,
        @JsonPropertyDescription("nginx's error when nginx_online is false") Optional<String> nginxErr)
        implements HostWrites.Written {

    static StreamView of(Stream stream) {
        return new StreamView(
                stream.id(),
                stream.incomingPort(),
                stream.forwardingHost(),
                stream.forwardingPort(),
                stream.tcpForwarding(),
                stream.udpForwarding(),
                Optional.of(stream.certificateId()).filter(id -> id > 0),
                stream.enabled(),
                stream.meta().nginxOnline(),
                stream.meta().nginxErr().filter(err -> !err.isBlank()));
    }

    /** One line: {@code #3 :2222/tcp -> 192.168.1.10:22 (enabled, online)}. */
    String line() {
        String protocols = tcpForwarding && udpForwarding ? "tcp+udp" : tcpForwarding ? "tcp" : udpForwarding
                ? "udp" : "no protocol";
        String tls = certificateId.map(c -> ", TLS certificate " + c).orElse("");
        return "#" + id + " :" + incomingPort + "/" + protocols + " -> " + forwardingHost + ":" + forwardingPort
                + " (" + HostListing.state(enabled, nginxOnline) + tls + ")";
    }

    String protocols() {
        return tcpForwarding && udpForwarding ? "TCP and UDP" : tcpForwarding ? "TCP" : "UDP";
    }
}
