package dev.npmmcp.accesslist;

/** Parameter descriptions the access list tools share. */
final class AccessListParameters {

    static final String INSTANCE_NAME = "Name of the NPM instance; when left out, the selected instance, else the"
            + " default, else the first configured one";
    static final String INSTANCE = "The NPM instance that answered";

    private AccessListParameters() {}
}
