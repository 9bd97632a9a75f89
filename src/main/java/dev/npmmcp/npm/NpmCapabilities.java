package dev.npmmcp.npm;

/**
 * What an NPM instance accepts where versions differ (observed on 2.10.4, 2.12.6, 2.13.7 and 2.15.1).
 *
 * @param letsencryptEmailInMeta a Let's Encrypt request takes {@code meta.letsencrypt_email/agree} (up to 2.12;
 *     refused from 2.13, where the account's email is used)
 * @param keyType {@code meta.key_type} (rsa/ecdsa) on certificates (from 2.13.6)
 * @param testHttpByPost test-http is {@code POST {domains}} (from 2.13) rather than {@code GET ?domains=[...]}
 * @param dnsProviders {@code GET /nginx/certificates/dns-providers} exists (from 2.13)
 * @param streamCertificates streams take {@code certificate_id} and {@code expand=certificate} (from 2.12)
 * @param twoFactor 2FA routes and the 2FA login (from 2.13.6)
 * @param trustForwardedProto proxy hosts take {@code trust_forwarded_proto} (from 2.14)
 * @param emptyPutAllowed a PUT with {@code {}} is accepted (2.10; refused from 2.12)
 * @param initialAdminBySetup a new install has no user and the first unauthenticated {@code POST /users} creates
 *     the admin (from 2.13); before, it ships admin@example.com / changeme
 */
public record NpmCapabilities(
        boolean letsencryptEmailInMeta,
        boolean keyType,
        boolean testHttpByPost,
        boolean dnsProviders,
        boolean streamCertificates,
        boolean twoFactor,
        boolean trustForwardedProto,
        boolean emptyPutAllowed,
        boolean initialAdminBySetup) {

    public static NpmCapabilities forVersion(NpmVersion v) {
        boolean from213 = v.atLeast(2, 13, 0);
        return new NpmCapabilities(
                !from213,
                v.atLeast(2, 13, 6),
                from213,
                from213,
                v.atLeast(2, 12, 0),
                v.atLeast(2, 13, 6),
                v.atLeast(2, 14, 0),
                !v.atLeast(2, 12, 0),
                from213);
    }

    /** The newest behaviour: what a source build most likely is when nothing else can be learned. */
    public static NpmCapabilities latest() {
        return forVersion(NpmVersion.of(2, 15, 1));
    }
}
