package dev.npmmcp.prompt;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of prompt argument values, thrown as {@link IllegalArgumentException} from the arguments records' compact
 * constructors (binding turns them into a {@link PromptFailure}). A value that reaches a prompt's text is one of these
 * shapes, so nothing a person types can rewrite the instructions around it.
 */
final class ArgumentChecks {

    private static final String LABEL = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern DOMAIN = Pattern.compile("(\\*\\.)?" + LABEL + "(\\." + LABEL + ")*");
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9_.-]{0,252}[a-z0-9])?");
    /** The rule instance names follow in instances.yaml (InstanceSpec). */
    private static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    private static final Pattern DOMAIN_PATTERN = Pattern.compile("[a-z0-9*.-]{1,253}");
    private static final Pattern USERNAME = Pattern.compile("[^\\s:,]{1,64}");

    private ArgumentChecks() {}

    /** A domain name NPM can serve, lower-cased; a leading {@code *.} makes it a wildcard. */
    static String domain(String value) {
        String domain = value.strip().toLowerCase(Locale.ROOT);
        if (domain.contains("://") || domain.contains("/")) {
            throw new IllegalArgumentException("domain '" + value + "' must be a bare name like app.example.net,"
                    + " without scheme or path");
        }
        if (domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a domain name (letters, digits, hyphens and"
                    + " dots, optionally starting with *. for a wildcard)");
        }
        return domain;
    }

    /** An upstream host NPM forwards to: a host name, container name, IPv4 or IPv6 address, without port. */
    static String upstreamHost(String value) {
        String host = value.strip().toLowerCase(Locale.ROOT);
        if (host.contains("://")) {
            throw new IllegalArgumentException("forward_host '" + value + "' must not carry a scheme: give the host"
                    + " alone and the scheme in forward_scheme");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':')) {
            throw new IllegalArgumentException("forward_host '" + value + "' must not carry a port: give it in"
                    + " forward_port");
        }
        if (host.contains(":") ? !ipv6(host) : !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("forward_host '" + value + "' is not a host name or IP address");
        }
        return host;
    }

    /** Whether {@code host} names the machine it is resolved on: inside NPM's container, NPM itself. */
    static boolean loopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("0.0.0.0");
    }

    static int port(int port, String name) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535, not " + port);
        }
        return port;
    }

    static String instanceName(String value, String name) {
        if (!INSTANCE.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " '" + value + "' is not an instance name (letters, digits,"
                    + " '.', '_' and '-'; npm_list_instances shows the names)");
        }
        return value;
    }

    /** A domain filter as npm_list_proxy_hosts takes it: text to look for in domain names, '*' matching anything. */
    static String domainPattern(String value) {
        String pattern = value.strip().toLowerCase(Locale.ROOT);
        if (!DOMAIN_PATTERN.matcher(pattern).matches()) {
            throw new IllegalArgumentException("domain_pattern '" + value + "' may hold letters, digits, '-', '.'"
                    + " and '*' only, e.g. *.example.net");
        }
        return pattern;
    }

    /** A free-text name (an access list's), kept to one plain line. */
    static String label(String value, String name) {
        String label = value.strip();
        if (label.length() > 100 || label.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + " must be one line of at most 100 characters");
        }
        return label;
    }

    /** An address NPM's access lists take: IPv4 or IPv6, optionally as a CIDR range, or {@code all}. */
    static String network(String value) {
        String network = value.strip().toLowerCase(Locale.ROOT);
        if (network.equals("all")) {
            return network;
        }
        String[] parts = network.split("/", -1);
        boolean valid = parts.length <= 2 && (network.contains(":")
                ? ipv6(parts[0]) && (parts.length == 1 || prefix(parts[1], 128))
                : ipv4(parts[0]) && (parts.length == 1 || prefix(parts[1], 32)));
        if (!valid) {
            throw new IllegalArgumentException("allowed_networks: '" + value + "' is not an IP address or CIDR range"
                    + " (e.g. 192.168.1.0/24, 10.8.0.5, fd00::/8) nor 'all'");
        }
        return network;
    }

    static String username(String value) {
        if (!USERNAME.matcher(value).matches()) {
            throw new IllegalArgumentException("users: '" + value + "' is not a user name (1-64 characters, no"
                    + " spaces, ':' or ',')");
        }
        return value;
    }

    private static boolean ipv4(String address) {
        String[] octets = address.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (!octet.matches("[0-9]{1,3}") || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean ipv6(String address) {
        if (!address.matches("[0-9a-f:]+") || address.contains(":::")) {
            return false;
        }
        int compressions = address.split("::", -1).length - 1;
        if (compressions > 1) {
            return false;
        }
        String[] groups = address.replace("::", ":x:").split(":");
        int count = 0;
        for (String group : groups) {
            if (group.isEmpty() || group.equals("x")) {
                continue;
            }
            if (group.length() > 4) {
                return false;
            }
            count++;
        }
        return compressions == 1 ? count < 8 : count == 8;
    }

    private static boolean prefix(String bits, int max) {
        return bits.matches("[0-9]{1,3}") && Integer.parseInt(bits) <= max;
    }
}
