package dev.npmmcp.instance;

/**
 * The only way credentials leave this package: masked. A login keeps its first two characters and its mail domain, so
 * a user can tell which account is configured ({@code ad***@example.com}); a secret is always eight stars, so not even
 * its length leaks.
 */
public final class CredentialMask {

    public static final String SECRET = "********";

    private CredentialMask() {}

    public static String identity(String login) {
        int at = login.indexOf('@');
        String local = at < 0 ? login : login.substring(0, at);
        String domain = at < 0 ? "" : login.substring(at);
        String kept = local.length() <= 2 ? local.substring(0, Math.min(1, local.length())) : local.substring(0, 2);
        return kept + "***" + domain;
    }
}
