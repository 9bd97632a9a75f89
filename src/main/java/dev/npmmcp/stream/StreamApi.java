package dev.npmmcp.stream;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmOperation;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.NpmUnsupportedException;
import dev.npmmcp.npm.NpmValidationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** NPM's stream operations. */
public final class StreamApi {

    private static final String PATH = "/nginx/streams";
    private static final TypeReference<List<Stream>> LIST = new TypeReference<>() {};

    private final NpmClient client;

    public StreamApi(NpmClient client) {
        this.client = client;
    }

    /** All of them the user may see; {@code query} filters by domain name on NPM's side. */
    @NpmOperation("getStreams")
    public List<Stream> list(Optional<String> query, Set<StreamExpand> expand) {
        return client.send(NpmRequest.get("getStreams", PATH).withQuery("query", query).withExpand(supported(expand)),
                LIST);
    }

    @NpmOperation("getStream")
    public Stream get(int id, Set<StreamExpand> expand) {
        return client.send(NpmRequest.get("getStream", PATH + "/" + NpmRequest.id(id)).withExpand(supported(expand)),
                Stream.class);
    }

    @NpmOperation("createStream")
    public Stream create(StreamCreate create) {
        requireStreamCertificates("createStream", create.options().certificateId().isPresent());
        return client.send(NpmRequest.post("createStream", PATH, create), Stream.class);
    }

    /** Sends only the fields set in {@code update} (NPM's PUT is partial). */
    @NpmOperation("updateStream")
    public Stream update(int id, StreamUpdate update) {
        if (update.isEmpty()) {
            throw new NpmValidationException(client.instanceName(), "updateStream", 0,
                    "nothing to update: no field is set", "Set at least one field to change.");
        }
        requireStreamCertificates("updateStream", update.options().certificateId().isPresent());
        return client.send(NpmRequest.put("updateStream", PATH + "/" + NpmRequest.id(id), update), Stream.class);
    }

    @NpmOperation("deleteStream")
    public void delete(int id) {
        client.send(NpmRequest.delete("deleteStream", PATH + "/" + NpmRequest.id(id)));
    }

    /** NPM answers 400 (a conflict here) when it is already enabled. */
    @NpmOperation("enableStream")
    public void enable(int id) {
        client.send(NpmRequest.post("enableStream", PATH + "/" + NpmRequest.id(id) + "/enable"));
    }

    @NpmOperation("disableStream")
    public void disable(int id) {
        client.send(NpmRequest.post("disableStream", PATH + "/" + NpmRequest.id(id) + "/disable"));
    }

    /** NPM 2.10 answers {@code expand=certificate} on streams with a 500; it has no TLS streams to expand anyway. */
    private Set<StreamExpand> supported(Set<StreamExpand> expand) {
        if (!expand.contains(StreamExpand.CERTIFICATE) || client.capabilities().streamCertificates()) {
            return expand;
        }
        return expand.stream().filter(e -> e != StreamExpand.CERTIFICATE).collect(Collectors.toSet());
    }

    private void requireStreamCertificates(String operationId, boolean requested) {
        if (requested && !client.capabilities().streamCertificates()) {
            throw new NpmUnsupportedException(client.instanceName(), operationId, 0,
                    "TLS streams (certificate_id) need NPM 2.12 or newer; this instance is "
                            + client.serverInfo().version(),
                    "Leave the certificate unset on this instance, or upgrade NPM.");
        }
    }
}
