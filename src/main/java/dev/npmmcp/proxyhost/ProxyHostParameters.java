package dev.npmmcp.proxyhost;

/** Parameter descriptions the proxy host tools share. */
final class ProxyHostParameters {

    static final String INSTANCE = "The NPM instance that answered";

    private ProxyHostParameters() {}
}
