package dev.npmmcp.stream;

import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.HostWrites;
import java.util.Optional;

/** A stream as the tools report it: what it forwards, and whether nginx is actually listening. */
record StreamView(
        int id,
        int incomingPort,
        String forwardingHost,
        int forwardingPort,
        boolean tcpForwarding,
        boolean udpForwarding,
        Optional<Integer> certificateId,
        boolean enabled,
        Optional<Boolean> nginxOnline,
        Optional<String> nginxErr)
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
