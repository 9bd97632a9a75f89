package dev.npmmcp.proxyhost;

/** Parameter descriptions the proxy host tools share. */
final class ProxyHostParameters {

    static final String INSTANCE_NAME = "Name of the NPM instance; when left out, the selected instance, else the"
            + " default, else the first configured one";
    static final String INSTANCE = "The NPM instance that answered";
    static final String HOST_ID = "Proxy host id, as npm_list_proxy_hosts shows it";

    private ProxyHostParameters() {}
}
