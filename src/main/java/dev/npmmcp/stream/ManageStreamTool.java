package dev.npmmcp.stream;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.npm.CertificateChoice;
import dev.npmmcp.npm.CertificateSummary;
import dev.npmmcp.tool.InputChecks;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.CertificateReferences;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.FieldChanges;
import dev.npmmcp.tool.HostNotes;
import dev.npmmcp.tool.HostWrites;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import dev.npmmcp.tool.Unadvertised;
import dev.npmmcp.tool.WriteOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code npm_manage_stream}: creates, changes, deletes, enables or disables a TCP/UDP stream. */
public final class ManageStreamTool extends Tool<ManageStreamTool.Input, ManageStreamTool.Result> {

    private static final HostWrites.Names NAMES =
            new HostWrites.Names("stream", "stream_id", "npm_list_streams", "npm_manage_stream");

    public ManageStreamTool() {
        super(new ToolSpec<>(
                "npm_manage_stream",
                "A TCP/UDP stream from incoming_port on NPM to forwarding_host:forwarding_port; create "
                        + "needs all three.",
                Category.STREAM,
                ToolHints.writing(true, false),
                Input.class,
                Result.class));
    }

    record Input(
            WriteOperation operation,
            Optional<Integer> streamId,
            Optional<Integer> incomingPort,
            Optional<String> forwardingHost,
            Optional<Integer> forwardingPort,
            Optional<Boolean> tcpForwarding,
            Optional<Boolean> udpForwarding,
            @JsonPropertyDescription("TLS, NPM 2.12+") Optional<Integer> certificateId,
            @Unadvertised @Default("false") boolean confirm,
            Optional<String> instanceName) {

        Input {
            InputChecks.id("stream_id", streamId);
            incomingPort.ifPresent(port -> InputChecks.port("incoming_port", port));
            forwardingPort.ifPresent(port -> InputChecks.port("forwarding_port", port));
            InputChecks.reference("certificate_id", certificateId);
            InputChecks.notBlank("forwarding_host", forwardingHost);
        }
    }

    record Result(
            String instance,
            String operation,
            int streamId,
            boolean changed,
            String message,
            StreamView stream,
            List<String> notes) {}

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        StreamApi api = new StreamApi(target.client());
        HostWrites<Stream, StreamView, Result> writes = new HostWrites<>(target, NAMES,
                HostWrites.Calls.of(api, Stream::id).enabling(stream -> enable(target, api, stream)),
                StreamView::of, stream -> "port " + stream.incomingPort() + " -> " + stream.forwardingHost() + ":"
                        + stream.forwardingPort(),
                view -> "nginx rejected the stream's config, so nothing listens on port " + view.incomingPort() + ": "
                        + view.nginxErr().orElse("no error text") + " Fix the stream (npm_manage_stream update) or"
                        + " disable it.",
                Result::new);
        return writes.perform(context, input.operation(), input.streamId(), input.confirm(),
                () -> create(writes, api, input), id -> update(writes, api, id, input));
    }

    private static Result create(HostWrites<Stream, StreamView, Result> writes, StreamApi api, Input input) {
        InstanceTarget target = writes.target();
        int port = required(input.incomingPort(), "incoming_port");
        String host = required(input.forwardingHost(), "forwarding_host");
        int forwardPort = required(input.forwardingPort(), "forwarding_port");
        boolean udp = input.udpForwarding().orElse(false);
        boolean tcp = input.tcpForwarding().orElse(!udp);
        requireProtocol(tcp, udp);
        refuseNpmPort(target, port, tcp);
        List<Stream> streams = api.list(Optional.empty(), Set.of());
        PortClashes.clash(streams, 0, port, tcp, udp).ifPresent(other -> {
            throw clashFailure(target, port, other, "create the stream on a free port");
        });
        List<String> notes = new ArrayList<>(disabledOnPort(streams, 0, port, tcp, udp));
        StreamCreate.Builder create = StreamCreate.builder(port, host.strip(), forwardPort)
                .tcpForwarding(tcp)
                .udpForwarding(udp);
        Optional<Integer> certificate = input.certificateId().filter(id -> id > 0);
        if (certificate.isPresent()) {
            notes.add(certificateNote(target, certificate.get()));
            create.certificateId(CertificateChoice.existing(certificate.get()));
        }
        Stream created = api.create(create.build());
        return writes.written("create", created.id(), "Created stream #" + created.id() + ": port " + port
                + " -> " + host.strip() + ":" + forwardPort + writes.where() + ".", notes);
    }

    private static Result update(HostWrites<Stream, StreamView, Result> writes, StreamApi api, int id,
            Input input) {
        InstanceTarget target = writes.target();
        Stream current = api.get(id, Set.of());
        StreamUpdate.Builder update = StreamUpdate.builder();
        FieldChanges changes = new FieldChanges();
        List<String> notes = new ArrayList<>();
        int port = input.incomingPort().orElse(current.incomingPort());
        boolean tcp = input.tcpForwarding().orElse(current.tcpForwarding());
        boolean udp = input.udpForwarding().orElse(current.udpForwarding());
        changes.compare(input.incomingPort(), current.incomingPort(), "incoming_port", update::incomingPort);
        changes.compare(input.forwardingHost().map(String::strip), current.forwardingHost(), "forwarding_host",
                update::forwardingHost);
        changes.compare(input.forwardingPort(), current.forwardingPort(), "forwarding_port", update::forwardingPort);
        changes.compare(input.tcpForwarding(), current.tcpForwarding(), "tcp_forwarding", update::tcpForwarding);
        changes.compare(input.udpForwarding(), current.udpForwarding(), "udp_forwarding", update::udpForwarding);
        Optional<Integer> certificate = input.certificateId().filter(c -> c != current.certificateId());
        if (certificate.isPresent()) {
            if (certificate.get() > 0) {
                notes.add(certificateNote(target, certificate.get()));
            }
            update.certificateId(CertificateChoice.ofId(certificate.get()));
            changes.add("certificate_id");
        }
        return writes.update(id, current, changes, () -> {
            requireProtocol(tcp, udp);
            if (port != current.incomingPort() || tcp != current.tcpForwarding()
                    || udp != current.udpForwarding()) {
                refuseNpmPort(target, port, tcp);
                List<Stream> streams = api.list(Optional.empty(), Set.of());
                Optional<Stream> clash = PortClashes.clash(streams, id, port, tcp, udp);
                if (clash.isPresent() && current.enabled()) {
                    throw clashFailure(target, port, clash.get(), "choose another incoming_port");
                }
                clash.ifPresent(other -> notes.add("Stream #" + id + " is disabled; enabling it will be refused"
                        + " while stream #" + other.id() + " listens on port " + port + "."));
                notes.addAll(disabledOnPort(streams, id, port, tcp, udp));
            }
            api.update(id, update.build());
        }, notes);
    }

    /** A disabled stream is allowed on a used port; enabling it is not, or nginx would leave it offline. */
    private static void enable(InstanceTarget target, StreamApi api, Stream stream) {
        List<Stream> streams = api.list(Optional.empty(), Set.of());
        PortClashes.clash(streams, stream.id(), stream.incomingPort(), stream.tcpForwarding(), stream.udpForwarding())
                .ifPresent(other -> {
                    throw clashFailure(target, stream.incomingPort(), other,
                            "disable stream #" + other.id() + " first, or move one of them to another port");
                });
        api.enable(stream.id());
    }

    private static String certificateNote(InstanceTarget target, int certificateId) {
        if (!target.client().capabilities().streamCertificates()) {
            throw new ToolFailure("Instance '" + target.name() + "' runs NPM "
                            + target.client().serverInfo().version() + ", which has no TLS streams: certificate_id"
                            + " on a stream needs NPM 2.12 or newer. Nothing was changed.",
                    "Leave out certificate_id (a plain TCP/UDP stream), or upgrade NPM to 2.12+ first.");
        }
        CertificateSummary certificate = CertificateReferences.require(target, certificateId);
        return "TLS is terminated with certificate #" + certificate.id() + " ("
                + (certificate.niceName().isBlank() ? String.join(", ", certificate.domainNames())
                        : certificate.niceName()) + ").";
    }

    private static List<String> disabledOnPort(List<Stream> streams, int selfId, int port, boolean tcp, boolean udp) {
        return streams.stream()
                .filter(s -> s.id() != selfId && !s.enabled() && s.incomingPort() == port)
                .filter(s -> tcp && s.tcpForwarding() || udp && s.udpForwarding())
                .map(s -> "Disabled stream #" + s.id() + " also uses port " + port + "; enabling it would clash.")
                .toList();
    }

    private static void requireProtocol(boolean tcp, boolean udp) {
        if (!tcp && !udp) {
            throw new ToolFailure("A stream must forward TCP, UDP or both: with tcp_forwarding and udp_forwarding"
                            + " both false it would forward nothing, and NPM refuses it. Nothing was changed.",
                    "Set tcp_forwarding=true (most services: SSH, databases, games over TCP) and/or"
                            + " udp_forwarding=true (DNS, WireGuard, game servers over UDP); to stop the stream, use"
                            + " operation=disable.");
        }
    }

    private static void refuseNpmPort(InstanceTarget target, int port, boolean tcp) {
        if (tcp && PortClashes.NPM_PORTS.contains(port)) {
            throw new ToolFailure("Port " + port + " is one of NPM's own TCP ports (80 HTTP, 443 HTTPS, 81 admin) on"
                            + " instance '" + target.name() + "': a TCP stream there would break nginx. Nothing was"
                            + " changed.",
                    "Choose another incoming_port; to route web traffic on 80/443, use a proxy host instead.");
        }
    }

    private static ToolFailure clashFailure(InstanceTarget target, int port, Stream other, String next) {
        return new ToolFailure("Port " + port + " is already used on instance '" + target.name() + "' by enabled"
                        + " stream #" + other.id() + " (" + StreamView.of(other).protocols() + " -> "
                        + other.forwardingHost() + ":" + other.forwardingPort() + "). NPM would accept a second"
                        + " stream there but nginx would refuse it and leave it offline; nothing was changed.",
                "Tell the user; then " + next + ". npm_list_streams shows which ports are taken.");
    }

    private static <T> T required(Optional<T> value, String parameter) {
        return value.orElseThrow(() -> new ToolFailure("create needs " + parameter + ".",
                "Pass incoming_port, forwarding_host and forwarding_port to create a stream."));
    }

    @Override
    public Optional<String> render(Result result) {
        return Optional.of(HostNotes.render(result.message(), result.stream().line(), result.notes()));
    }
}
