package dev.npmmcp.bulk.config;

import java.util.List;
import java.util.Optional;

/** A TCP/UDP stream, named by its incoming port and protocols; a TLS stream names its certificate by domains. */
public record StreamEntry(
        int incomingPort,
        String forwardingHost,
        int forwardingPort,
        boolean tcpForwarding,
        boolean udpForwarding,
        Optional<List<String>> certificateDomains,
        boolean enabled) implements ConfigEntry {

    public StreamEntry {
        Entries.port(incomingPort, "incoming_port", "stream");
        forwardingHost = Entries.require(forwardingHost, "forwarding_host", "stream");
        Entries.port(forwardingPort, "forwarding_port", "stream");
        if (!tcpForwarding && !udpForwarding) {
            throw new IllegalArgumentException("a stream on port " + incomingPort
                    + " forwards neither TCP nor UDP; set tcp_forwarding or udp_forwarding");
        }
        certificateDomains = Entries.optionalDomains(certificateDomains, "stream");
    }

    @Override
    public ResourceType type() {
        return ResourceType.STREAM;
    }

    /** {@code 2222/tcp}: two streams may share a port when their protocols differ. */
    @Override
    public String key() {
        return incomingPort + "/" + (tcpForwarding && udpForwarding ? "tcp+udp" : tcpForwarding ? "tcp" : "udp");
    }

    @Override
    public Optional<List<String>> certificateReference() {
        return certificateDomains;
    }

    boolean sharesProtocolWith(StreamEntry other) {
        return incomingPort == other.incomingPort
                && ((tcpForwarding && other.tcpForwarding) || (udpForwarding && other.udpForwarding));
    }
}
