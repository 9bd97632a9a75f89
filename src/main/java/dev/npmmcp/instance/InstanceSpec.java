package dev.npmmcp.instance;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One NPM instance as configured, with {@code ${VAR}} references already resolved. Secrets are held here in clear
 * because the client needs them; {@link #toString()} masks them so a log line or exception can never carry one.
 * {@code keyring:} and {@code file:} references stay as written until a client needs them ({@link SecretReferences}).
 *
 * @param timeout this instance's own request timeout; empty means the settings' default
 */
public record InstanceSpec(
        String name,
        String host,
        int port,
        boolean useHttps,
        boolean verifySsl,
        Optional<String> username,
        Optional<String> password,
        Optional<String> apiToken,
        Optional<String> totpSecret,
        Optional<Path> caCert,
        boolean isDefault,
        Optional<String> description,
        List<String> tags,
        Optional<Duration> timeout) {

    public static final int DEFAULT_PORT = 81;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]+");
    private static final Pattern BASE32 = Pattern.compile("[A-Za-z2-7]+=*");

    public InstanceSpec {
        tags = List.copyOf(tags);
    }

    /** NPM's address without {@code /api}, e.g. {@code http://npm.lan:81}. */
    public URI baseUri() {
        String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create((useHttps ? "https" : "http") + "://" + bracketed + ":" + port);
    }

    /** How this instance logs in: an API token wins over username and password, as in the seed server. */
    public AuthMethod authMethod() {
        if (apiToken.isPresent()) {
            return AuthMethod.API_TOKEN;
        }
        return username.isPresent() && password.isPresent() ? AuthMethod.PASSWORD : AuthMethod.NONE;
    }

    public InstanceSpec withDefault(boolean makeDefault) {
        return new InstanceSpec(name, host, port, useHttps, verifySsl, username, password, apiToken, totpSecret, caCert,
                makeDefault, description, tags, timeout);
    }

    public InstanceSpec withCredentials(
            Optional<String> newUsername, Optional<String> newPassword, Optional<String> newApiToken,
            Optional<String> newTotpSecret) {
        return new InstanceSpec(name, host, port, useHttps, verifySsl, newUsername, newPassword, newApiToken,
                newTotpSecret, caCert, isDefault, description, tags, timeout);
    }

    /**
     * What is wrong with this entry, each problem naming the field and the fix; empty when it is usable.
     *
     * @param where how to name the entry, e.g. {@code instances.yaml, instance 'home'}
     */
    public List<String> problems(String where) {
        List<String> problems = new ArrayList<>();
        if (!NAME.matcher(name).matches()) {
            problems.add(where + ": name '" + name + "' must be 1-63 letters, digits, '.', '_' or '-', starting with a"
                    + " letter or digit (it names the instance in every tool call and its token cache file)");
        }
        if (host.isBlank()) {
            problems.add(where + ": host is empty; set it to NPM's host name or IP address, e.g. npm.lan");
        } else if (host.contains("://") || host.contains("/")) {
            problems.add(where + ": host '" + host + "' must be a bare host name; put the scheme in use_https and the"
                    + " port in port (e.g. host: npm.lan, port: 81, use_https: false)");
        } else if (!HOST.matcher(host).matches()) {
            problems.add(where + ": host '" + host + "' is not a valid host name or IP address");
        }
        if (port < 1 || port > 65535) {
            problems.add(where + ": port " + port + " is out of range; NPM's admin interface listens on 81 by default");
        }
        if (username.isPresent() != password.isPresent()) {
            problems.add(where + ": " + (username.isPresent() ? "password" : "username") + " is missing; set both"
                    + " username and password, or use api_token instead");
        }
        if (authMethod() == AuthMethod.NONE && username.isEmpty()) {
            problems.add(where + ": no credentials; set username (NPM's login email) and password, or api_token");
        }
        username.filter(String::isBlank).ifPresent(u -> problems.add(where + ": username is empty"));
        password.filter(String::isEmpty).ifPresent(p -> problems.add(where + ": password is empty"));
        apiToken.filter(String::isBlank).ifPresent(t -> problems.add(where + ": api_token is empty"));
        totpSecret.ifPresent(secret -> {
            if (username.isEmpty()) {
                problems.add(where + ": totp_secret only applies to username/password logins; set username and"
                        + " password or remove totp_secret");
            }
            if (!SecretReferences.isReference(secret)
                    && !BASE32.matcher(secret.replace(" ", "").replace("-", "")).matches()) {
                problems.add(where + ": totp_secret is not base32 (letters A-Z and digits 2-7, as NPM shows it when"
                        + " two-factor authentication is enabled)");
            }
        });
        password.flatMap(v -> SecretReferences.problem(InstanceEntry.PASSWORD, v))
                .ifPresent(p -> problems.add(where + ": " + p));
        apiToken.flatMap(v -> SecretReferences.problem(InstanceEntry.API_TOKEN, v))
                .ifPresent(p -> problems.add(where + ": " + p));
        totpSecret.flatMap(v -> SecretReferences.problem(InstanceEntry.TOTP_SECRET, v))
                .ifPresent(p -> problems.add(where + ": " + p));
        caCert.ifPresent(path -> {
            if (!Files.isReadable(path)) {
                problems.add(where + ": ca_cert " + path + " does not exist or is not readable; give the path of a"
                        + " PEM file with the CA that signed NPM's certificate");
            }
        });
        if (caCert.isPresent() && !useHttps) {
            problems.add(where + ": ca_cert is set but use_https is false; set use_https: true or remove ca_cert");
        }
        timeout.filter(t -> t.isNegative() || t.isZero())
                .ifPresent(t -> problems.add(where + ": timeout must be a positive number of seconds"));
        return problems;
    }

    @Override
    public String toString() {
        return "InstanceSpec[name=" + name + ", baseUri=" + baseUri() + ", verifySsl=" + verifySsl + ", auth="
                + authMethod() + ", username=" + username.map(CredentialMask::identity).orElse("-") + ", default="
                + isDefault + ", tags=" + tags + "]";
    }

    /** How an instance authenticates. */
    public enum AuthMethod {
        PASSWORD,
        API_TOKEN,
        NONE
    }
}
