package dev.npmmcp.stream;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmOperation;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.NpmValidationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        return client.send(NpmRequest.get("getStreams", PATH).withQuery("query", query).withExpand(expand), LIST);
    }

    @NpmOperation("getStream")
    public Stream get(int id, Set<StreamExpand> expand) {
        return client.send(NpmRequest.get("getStream", PATH + "/" + NpmRequest.id(id)).withExpand(expand), Stream.class);
    }

    @NpmOperation("createStream")
    public Stream create(StreamCreate create) {
        return client.send(NpmRequest.post("createStream", PATH, create), Stream.class);
    }

    /** Sends only the fields set in {@code update} (NPM's PUT is partial). */
    @NpmOperation("updateStream")
    public Stream update(int id, StreamUpdate update) {
        if (update.isEmpty()) {
            throw new NpmValidationException(client.instanceName(), "updateStream", 0,
                    "nothing to update: no field is set", "Set at least one field to change.");
        }
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
}
