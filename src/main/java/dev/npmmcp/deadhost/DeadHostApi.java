package dev.npmmcp.deadhost;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.npmmcp.npm.HostKindApi;
import dev.npmmcp.npm.NpmClient;

/** NPM's 404 host operations. */
public final class DeadHostApi extends HostKindApi<DeadHost, DeadHostExpand, DeadHostCreate, DeadHostUpdate> {

    public DeadHostApi(NpmClient client) {
        super(client, "/nginx/dead-hosts", DeadHost.class, new TypeReference<>() {}, new Operations("getDeadHosts",
                "getDeadHost", "create404Host", "updateDeadHost", "deleteDeadHost", "enableDeadHost",
                "disableDeadHost"));
    }
}
