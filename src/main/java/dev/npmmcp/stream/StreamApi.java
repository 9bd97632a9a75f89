package dev.npmmcp.stream;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.npmmcp.npm.HostKindApi;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmOperation;
import dev.npmmcp.npm.NpmUnsupportedException;
import java.util.Set;
import java.util.stream.Collectors;

/** NPM's stream operations. */
public final class StreamApi extends HostKindApi<Stream, StreamExpand, StreamCreate, StreamUpdate> {

    public StreamApi(NpmClient client) {
        super(client, "/nginx/streams", Stream.class, new TypeReference<>() {}, new Operations("getStreams",
                "getStream", "createStream", "updateStream", "deleteStream", "enableStream", "disableStream"));
    }

    @Override
    @NpmOperation("createStream")
    public Stream create(StreamCreate create) {
        requireStreamCertificates("createStream", create.options().certificateId().isPresent());
        return super.create(create);
    }

    @Override
    @NpmOperation("updateStream")
    public Stream update(int id, StreamUpdate update) {
        requireStreamCertificates("updateStream", update.options().certificateId().isPresent());
        return super.update(id, update);
    }

    /** NPM 2.10 answers {@code expand=certificate} on streams with a 500; it has no TLS streams to expand anyway. */
    @Override
    protected Set<StreamExpand> expansions(Set<StreamExpand> expand) {
        if (!expand.contains(StreamExpand.CERTIFICATE) || client.capabilities().streamCertificates()) {
            return expand;
        }
        return expand.stream().filter(e -> e != StreamExpand.CERTIFICATE).collect(Collectors.toSet());
    }

    private void requireStreamCertificates(String operationId, boolean requested) {
        if (requested && !client.capabilities().streamCertificates()) {
            throw NpmUnsupportedException.olderThan(client, operationId,
                    "TLS streams (certificate_id) need NPM 2.12 or newer",
                    "Leave the certificate unset on this instance, or upgrade NPM.");
        }
    }
}
