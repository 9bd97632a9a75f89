package dev.npmmcp.simulator;

/**
 * The NPM release lines the simulator imitates. Each constant stands for one recorded release (2.10.4, 2.12.6, 2.13.7,
 * 2.15.1); the methods say where the lines behave differently, so that the rest of the simulator asks a question
 * ("does this version know 2FA?") instead of comparing version numbers.
 */
public enum NpmProfile {
    V2_10(10, "2.10.4"),
    V2_12(12, "2.12.6"),
    V2_13(13, "2.13.7"),
    V2_15(15, "2.15.1");

    private final int minor;
    private final String release;

    NpmProfile(int minor, String release) {
        this.minor = minor;
        this.release = release;
    }

    /** The version GET /api/ reports unless the builder overrides it. */
    public String release() {
        return release;
    }

    boolean atLeast(NpmProfile other) {
        return minor >= other.minor;
    }

    /** ajv 6 ({@code data.x should ...}) on 2.10, ajv 8 ({@code data/x must ...}) after. */
    boolean ajv6() {
        return this == V2_10;
    }

    /** 2.10 hands sqlite's 0/1 straight through for boolean columns. */
    boolean numericBooleans() {
        return this == V2_10;
    }

    /** From 2.13 a new install has no user and GET /api/ says whether setup is done. */
    boolean hasSetup() {
        return atLeast(V2_13);
    }

    boolean twoFactor() {
        return atLeast(V2_13);
    }

    /**
     * 2.10 answers a read of an unknown id with 200: {@code {}}, or for access lists an object whose fields are all
     * null (seen on real 2.10.4 installs; 2.12 says 404 Item Not Found). Its writes read the same empty row: an update
     * then fails its id check (400 "Internal Error"), a delete or enable patches an undefined id, which knex refuses
     * (500), and a disable finds the empty row already disabled (internal/*.js at v2.10.4).
     */
    boolean unknownIdIsOk() {
        return this == V2_10;
    }

    /** From 2.13 the 404-host disable route no longer waits for disable() and answers {} (routes/nginx/dead_hosts.js). */
    boolean deadHostDisableAnswersEmpty() {
        return atLeast(V2_13);
    }

    /**
     * A create the user's rights do not allow: NPM's 403 up to 2.12; from 2.13 access.js calls PermissionError
     * without {@code new} and the create fails with a 500 instead.
     */
    boolean deniedCreateIsInternalError() {
        return atLeast(V2_13);
    }

    boolean partialUpdatesNeedProperties() {
        return atLeast(V2_12);
    }

    boolean letsEncryptAccountFields() {
        return !atLeast(V2_13);
    }

    boolean keyType() {
        return atLeast(V2_13);
    }

    boolean dnsProviders() {
        return atLeast(V2_13);
    }

    boolean testHttpByPost() {
        return atLeast(V2_13);
    }

    boolean streamCertificates() {
        return atLeast(V2_12);
    }

    boolean trustForwardedProto() {
        return this == V2_15;
    }

    String notFoundPrefix() {
        return atLeast(V2_13) ? "Not Found - " : "Item Not Found - ";
    }

    /** Before 2.13 a denied request keeps NPM's own 403; later versions turn it into a 404 naming the path. */
    boolean permissionAsNotFound() {
        return atLeast(V2_13);
    }

    int wrongCredentialsStatus() {
        return atLeast(V2_13) ? 400 : 401;
    }

    int userAuthStatus() {
        return this == V2_10 ? 201 : 200;
    }

    boolean internalErrorHasCode() {
        return this == V2_15;
    }

    boolean auditQueryIsSuffix() {
        return atLeast(V2_13);
    }

    /** GET /audit-log/{id} came with 2.13 (routes/audit-log.js up to 2.12 has only the list). */
    boolean auditEventById() {
        return atLeast(V2_13);
    }

    /** From 2.13 the audit row of a user update adds the user's name to what was sent (internal/user.js). */
    boolean auditNamesUpdatedUser() {
        return atLeast(V2_13);
    }

    boolean permissionRowsHaveIds() {
        return !atLeast(V2_13);
    }
}
