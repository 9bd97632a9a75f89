package dev.npmmcp.redirection;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.npmmcp.npm.HostKindApi;
import dev.npmmcp.npm.NpmClient;

/** NPM's redirection host operations. */
public final class RedirectionHostApi
        extends HostKindApi<RedirectionHost, RedirectionHostExpand, RedirectionHostCreate, RedirectionHostUpdate> {

    public RedirectionHostApi(NpmClient client) {
        super(client, "/nginx/redirection-hosts", RedirectionHost.class, new TypeReference<>() {},
                new Operations("getRedirectionHosts", "getRedirectionHost", "createRedirectionHost",
                        "updateRedirectionHost", "deleteRedirectionHost", "enableRedirectionHost",
                        "disableRedirectionHost"));
    }
}
