package dev.npmmcp.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * NPM accepts a second stream on a port some enabled stream already listens on (same protocol), but nginx then
 * refuses the new config and the new stream stays offline. Ports 80, 81 and 443 are NPM's own TCP listeners.
 */
final class PortClashes {

    static final Set<Integer> NPM_PORTS = Set.of(80, 81, 443);

    private PortClashes() {}

    /** The enabled stream, other than {@code selfId}, that already listens on the port with a shared protocol. */
    static Optional<Stream> clash(List<Stream> streams, int selfId, int port, boolean tcp, boolean udp) {
        return streams.stream()
                .filter(s -> s.id() != selfId && s.enabled() && s.incomingPort() == port)
                .filter(s -> tcp && s.tcpForwarding() || udp && s.udpForwarding())
                .findFirst();
    }

    /** Warnings for ports that enabled streams share with a common protocol. */
    static List<String> sharedPorts(List<Stream> streams) {
        Map<Integer, List<Stream>> byPort = new TreeMap<>(streams.stream()
                .filter(Stream::enabled)
                .collect(Collectors.groupingBy(Stream::incomingPort)));
        List<String> warnings = new ArrayList<>();
        byPort.forEach((port, onPort) -> {
            boolean tcpTwice = onPort.stream().filter(Stream::tcpForwarding).count() > 1;
            boolean udpTwice = onPort.stream().filter(Stream::udpForwarding).count() > 1;
            if (tcpTwice || udpTwice) {
                warnings.add("Port " + port + " is used by several enabled streams ("
                        + onPort.stream().map(s -> "#" + s.id()).collect(Collectors.joining(", "))
                        + "); nginx serves only one of them, disable or move the others.");
            }
        });
        return warnings;
    }
}
