package dev.npmmcp.accesslist;

/** Parameter descriptions the access list tools share. */
final class AccessListParameters {

    static final String INSTANCE = "The NPM instance that answered";

    private AccessListParameters() {}
}
