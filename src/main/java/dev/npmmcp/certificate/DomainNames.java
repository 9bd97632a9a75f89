package dev.npmmcp.certificate;

import java.util.Locale;

/** Domain matching the way TLS does it: exact, or one label under a {@code *.} wildcard. */
final class DomainNames {

    private DomainNames() {}

    static boolean covers(String certificateName, String domain) {
        String name = certificateName.toLowerCase(Locale.ROOT).strip();
        String wanted = domain.toLowerCase(Locale.ROOT).strip();
        if (name.equals(wanted)) {
            return true;
        }
        if (name.startsWith("*.")) {
            int dot = wanted.indexOf('.');
            return dot > 0 && wanted.substring(dot + 1).equals(name.substring(2));
        }
        return false;
    }
}
