package dev.npmmcp.instance;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * What is weak about how an instance is reached: certificate checks switched off, or credentials sent without TLS to
 * another machine. Logged at every start (a setting made once is easily forgotten) and shown by the validate tool.
 */
final class TransportWarnings {

    private TransportWarnings() {}

    static List<String> of(InstanceSpec spec) {
        List<String> warnings = new ArrayList<>();
        if (spec.useHttps() && !spec.verifySsl()) {
            warnings.add("instance '" + spec.name() + "': verify_ssl is false, so NPM's certificate is not checked and"
                    + " anyone on the path to " + spec.host() + " could read the credentials; set ca_cert to the PEM"
                    + " file of the CA that signed it (for a self-signed certificate, the certificate itself) and"
                    + " remove verify_ssl: false");
        }
        if (!spec.useHttps() && !isLoopback(spec.host())) {
            warnings.add("instance '" + spec.name() + "': use_https is false, so the password and tokens cross the"
                    + " network to " + spec.host() + " unencrypted; fine on a trusted LAN, otherwise put NPM's admin"
                    + " port behind HTTPS and set use_https: true");
        }
        return warnings;
    }

    /** Names are not resolved: start-up must not wait on DNS, and only a literal or "localhost" is surely local. */
    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean literal = bare.contains(":") || bare.chars().allMatch(c -> Character.isDigit(c) || c == '.');
        if (!literal) {
            return false;
        }
        try {
            // an IP literal is parsed, not looked up
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
