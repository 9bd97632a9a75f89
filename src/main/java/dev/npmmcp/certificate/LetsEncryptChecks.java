package dev.npmmcp.certificate;

import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.npm.NpmCapabilities;
import dev.npmmcp.npm.NpmClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a Let's Encrypt request before certbot runs: a failed request costs a 500 with certbot's output and counts
 * against Let's Encrypt's failed-validation limit, so what can be known beforehand is checked here.
 */
final class LetsEncryptChecks {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final List<String> PRIVATE_SUFFIXES =
            List.of(".lan", ".local", ".home", ".internal", ".localdomain", ".home.arpa", ".test", ".example");
    private static final int MAX_NAMES = 100;

    private LetsEncryptChecks() {}

    /**
     * @param reachability also ask NPM whether each domain reaches it over HTTP (its test-http route, which has NPM
     *     fetch the domain through an outside checker)
     */
    static List<CertificateCheck> run(NpmClient client, CertificateRequest request, boolean reachability) {
        NpmCapabilities capabilities = client.capabilities();
        List<CertificateCheck> checks = new ArrayList<>();
        checks.add(domainCheck(request));
        checks.add(emailCheck(client, capabilities, request));
        request.keyType().ifPresent(keyType -> checks.add(keyTypeCheck(client, capabilities, keyType)));
        if (request.dnsChallenge()) {
            checks.addAll(dnsChecks(client, capabilities, request));
        } else if (reachability) {
            checks.addAll(reachabilityChecks(client, request));
        }
        return checks;
    }

    private static CertificateCheck domainCheck(CertificateRequest request) {
        List<String> names = request.domainNames();
        if (names.isEmpty()) {
            return CertificateCheck.fail("domains", "no domain_names given: name the domains to certify");
        }
        if (names.size() > MAX_NAMES) {
            return CertificateCheck.fail("domains", names.size() + " names; Let's Encrypt allows " + MAX_NAMES
                    + " per certificate");
        }
        List<String> problems = new ArrayList<>();
        List<String> privateNames = new ArrayList<>();
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean wildcard = lower.startsWith("*.");
            String host = wildcard ? lower.substring(2) : lower;
            if (!validHostName(host)) {
                problems.add(name + " is not a valid domain name");
            } else if (wildcard && !request.dnsChallenge()) {
                problems.add(name + " is a wildcard: Let's Encrypt issues wildcards only by DNS challenge"
                        + " (dns_challenge=true with dns_provider and dns_credentials)");
            } else if (!host.contains(".") || PRIVATE_SUFFIXES.stream().anyMatch(host::endsWith)) {
                privateNames.add(name);
            }
        }
        if (!problems.isEmpty()) {
            return CertificateCheck.fail("domains", String.join("; ", problems));
        }
        if (!privateNames.isEmpty()) {
            // NPM can be pointed at a private ACME CA, where internal names are fine: warn, and let NPM's CA decide
            return CertificateCheck.warn("domains", String.join(", ", privateNames) + " is not under a public"
                    + " suffix: the public Let's Encrypt refuses it, a private ACME server NPM is set up with may"
                    + " issue it; otherwise use a custom certificate");
        }
        return CertificateCheck.pass("domains", "valid public names: " + String.join(", ", names));
    }

    private static boolean validHostName(String host) {
        if (host.isEmpty() || host.length() > 253 || host.matches("[0-9.]+") || host.contains(":")) {
            return false;
        }
        return Arrays.stream(host.split("\\.", -1)).allMatch(label -> LABEL.matcher(label).matches());
    }

    private static CertificateCheck emailCheck(NpmClient client, NpmCapabilities capabilities,
            CertificateRequest request) {
        Optional<String> email = request.letsencryptEmail().map(String::strip).filter(e -> !e.isEmpty());
        if (capabilities.letsencryptEmailInMeta()) {
            if (email.isEmpty()) {
                return CertificateCheck.pass("letsencrypt_email", "NPM " + client.serverInfo().version()
                        + " needs an email; the NPM user's own will be sent, as NPM 2.13 and later do themselves");
            }
            return EMAIL.matcher(email.get()).matches()
                    ? CertificateCheck.pass("letsencrypt_email", "the Let's Encrypt account email is set")
                    : CertificateCheck.fail("letsencrypt_email", "letsencrypt_email is not an email address");
        }
        return email.isPresent()
                ? CertificateCheck.warn("letsencrypt_email", "NPM " + client.serverInfo().version()
                        + " uses the email of the NPM account that requests the certificate; the given email is"
                        + " not sent")
                : CertificateCheck.pass("letsencrypt_email", "NPM uses the requesting account's email");
    }

    private static CertificateCheck keyTypeCheck(NpmClient client, NpmCapabilities capabilities, String keyType) {
        if (capabilities.keyType()) {
            return CertificateCheck.pass("key_type", keyType);
        }
        return keyType.equals("rsa")
                ? CertificateCheck.pass("key_type", "rsa (this NPM version always uses RSA; key_type is not sent)")
                : CertificateCheck.fail("key_type", "key_type " + keyType + " needs NPM 2.13.6 or newer; this"
                        + " instance is " + client.serverInfo().version() + ": leave key_type out or use rsa");
    }

    private static List<CertificateCheck> dnsChecks(NpmClient client, NpmCapabilities capabilities,
            CertificateRequest request) {
        List<CertificateCheck> checks = new ArrayList<>();
        if (request.dnsProvider().isEmpty()) {
            checks.add(CertificateCheck.fail("dns_provider", "a DNS challenge needs dns_provider (the certbot DNS"
                    + " plugin id, e.g. cloudflare)"));
        } else if (!capabilities.dnsProviders()) {
            checks.add(CertificateCheck.skipped("dns_provider", "NPM " + client.serverInfo().version()
                    + " has no list of DNS providers (2.13+); check the id in NPM's UI"));
        } else {
            checks.add(providerCheck(client, request.dnsProvider().get(), request.dnsCredentials()));
        }
        if (request.dnsCredentials().filter(c -> !c.isBlank()).isEmpty()) {
            checks.add(CertificateCheck.fail("dns_credentials", "a DNS challenge needs dns_credentials: the"
                    + " provider's credentials file content, e.g. dns_cloudflare_api_token=..."));
        }
        request.propagationSeconds().filter(s -> s < 0).ifPresent(s -> checks.add(
                CertificateCheck.fail("propagation_seconds", "must be 0 or more")));
        return checks;
    }

    private static CertificateCheck providerCheck(NpmClient client, String providerId, Optional<String> credentials) {
        List<DnsProvider> providers = new CertificateApi(client).dnsProviders();
        Optional<DnsProvider> provider = providers.stream().filter(p -> p.id().equals(providerId)).findFirst();
        if (provider.isEmpty()) {
            String near = providers.stream()
                    .map(DnsProvider::id)
                    .filter(id -> id.contains(providerId.toLowerCase(Locale.ROOT))
                            || providerId.toLowerCase(Locale.ROOT).contains(id))
                    .limit(5)
                    .reduce((a, b) -> a + ", " + b)
                    .map(ids -> "; did you mean " + ids + "?")
                    .orElse("");
            return CertificateCheck.fail("dns_provider", "NPM does not know the DNS provider '" + providerId + "'"
                    + near + " (" + providers.size() + " providers are available)");
        }
        List<String> missing = credentials.map(c -> missingKeys(provider.get().credentials(), c)).orElse(List.of());
        if (!missing.isEmpty()) {
            return CertificateCheck.warn("dns_provider", provider.get().name() + ": the credentials lack "
                    + String.join(", ", missing) + ", which the provider's template has");
        }
        return CertificateCheck.pass("dns_provider", provider.get().name() + " (" + providerId + ")");
    }

    /** The keys ({@code name = value}) of the provider's template that the credentials do not mention. */
    private static List<String> missingKeys(String template, String credentials) {
        return template.lines()
                .map(String::strip)
                .filter(line -> !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).strip())
                .filter(key -> !key.isEmpty() && !credentials.contains(key))
                .toList();
    }

    private static List<CertificateCheck> reachabilityChecks(NpmClient client, CertificateRequest request) {
        List<String> domains = request.domainNames().stream().filter(d -> !d.startsWith("*.")).toList();
        if (domains.isEmpty()) {
            return List.of();
        }
        Map<String, String> answers;
        try {
            answers = new CertificateApi(client).testHttpReach(domains);
        } catch (NpmApiException e) {
            return List.of(CertificateCheck.warn("http_reachability", "NPM could not run its reachability test ("
                    + e.getMessage() + "); the HTTP challenge may still work"));
        }
        List<CertificateCheck> checks = new ArrayList<>();
        for (String domain : domains) {
            String answer = answers.getOrDefault(domain, "no answer");
            checks.add(answer.equals("ok")
                    ? CertificateCheck.pass("http_reachability", domain + " reaches this NPM on port 80")
                    : CertificateCheck.fail("http_reachability", domain + ": " + explain(answer)));
        }
        return checks;
    }

    /** NPM's test-http answers, in words. */
    private static String explain(String answer) {
        return switch (answer) {
            case "no-host" -> "no-host: the name has no public DNS record; point it at this NPM's public address";
            case "failed" -> "failed: nothing answered on port 80; forward port 80 to NPM";
            case "404" -> "404: something answers on port 80 but it is not this NPM (check the port forward)";
            case "wrong-data" -> "wrong-data: another server answers on port 80 for this name";
            default -> answer + ": NPM's checker could not reach the name over HTTP; the HTTP challenge would fail"
                    + " (use a DNS challenge if port 80 cannot be opened)";
        };
    }
}
