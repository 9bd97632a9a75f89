package dev.npmmcp.certificate;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.npm.NpmValidationException;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code npm_validate_certificate}: checks a certificate request the way create would need it, creating nothing. */
public final class ValidateCertificateTool
        implements Tool<ValidateCertificateTool.Input, ValidateCertificateTool.Result> {

    public record Input(
            @JsonPropertyDescription("The NPM instance; default: the selected, else the default, else the first")
                    Optional<String> instanceName,
            @JsonPropertyDescription("letsencrypt or custom; default: custom when custom_certificate is given, else"
                            + " letsencrypt")
                    Optional<CertificateProvider> provider,
            @JsonPropertyDescription("Display name of the certificate") Optional<String> niceName,
            @JsonPropertyDescription("The domains to certify; for custom, the names the certificate must cover")
                    Optional<List<String>> domainNames,
            @JsonPropertyDescription("Let's Encrypt account email; default the NPM user's (sent for NPM up to 2.12,"
                            + " which needs one; later versions use it themselves)")
                    Optional<String> letsencryptEmail,
            @JsonPropertyDescription("Validate by DNS challenge instead of HTTP (needed for wildcards)")
                    @Default("false")
                    boolean dnsChallenge,
            @JsonPropertyDescription("The certbot DNS plugin id, e.g. cloudflare") Optional<String> dnsProvider,
            @JsonPropertyDescription("The DNS provider's credentials file content, e.g."
                            + " dns_cloudflare_api_token=...; never echoed")
                    Optional<String> dnsCredentials,
            @JsonPropertyDescription("Seconds to wait for DNS propagation") Optional<Integer> propagationSeconds,
            @JsonPropertyDescription("rsa or ecdsa (ecdsa needs NPM 2.13.6+)") Optional<KeyType> keyType,
            @JsonPropertyDescription("Custom: the certificate as PEM text") Optional<String> customCertificate,
            @JsonPropertyDescription("Custom: its unencrypted private key as PEM text; never echoed")
                    Optional<String> customKey,
            @JsonPropertyDescription("Custom: the intermediate chain as PEM text") Optional<String> customIntermediate) {

        CertificateRequest request() {
            CertificateProvider chosen = provider.orElse(customCertificate.isPresent()
                    ? CertificateProvider.CUSTOM
                    : CertificateProvider.LETSENCRYPT);
            return new CertificateRequest(chosen, niceName, domainNames.orElse(List.of()), letsencryptEmail,
                    dnsChallenge, dnsProvider, dnsCredentials, propagationSeconds, keyType.map(KeyType::wireName),
                    customCertificate, customKey, customIntermediate);
        }

        @Override
        public String toString() {
            return "Input[" + request() + "]";
        }
    }

    public record Result(
            @JsonPropertyDescription("The instance that answered") String instance,
            @JsonPropertyDescription("letsencrypt or custom") CertificateProvider provider,
            @JsonPropertyDescription("True when no check failed: npm_manage_certificate create should work")
                    boolean valid,
            @JsonPropertyDescription("Each check with its outcome") List<CertificateCheck> checks) {}

    @Override
    public String name() {
        return "npm_validate_certificate";
    }

    @Override
    public String description() {
        return "Checks a certificate request with the same parameters as npm_manage_certificate create, without"
                + " creating anything. Custom: reads the PEM files, checks that the key belongs to the certificate"
                + " (NPM does not), expiry, the domains it covers and that NPM accepts the files. Let's Encrypt:"
                + " domain syntax and public names (wildcards need a DNS challenge), the account email rule of this"
                + " NPM version, key_type support, the DNS provider and credentials for a DNS challenge, and for an"
                + " HTTP challenge NPM's own reachability test of each domain on port 80. Use it before creating a"
                + " Let's Encrypt certificate: a failed request costs a certbot run and counts against Let's"
                + " Encrypt's rate limits. Changes nothing; never echoes keys or credentials.";
    }

    @Override
    public Category category() {
        return Category.CERTIFICATE;
    }

    @Override
    public ToolHints hints() {
        return ToolHints.reading();
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<Result> outputType() {
        return Result.class;
    }

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        CertificateRequest request = input.request();
        List<CertificateCheck> checks = switch (request.provider()) {
            case LETSENCRYPT -> LetsEncryptChecks.run(target.client(), request, true);
            case CUSTOM -> customChecks(target, request);
        };
        boolean valid = checks.stream().noneMatch(c -> c.outcome() == CertificateCheck.Outcome.FAIL);
        return new Result(target.name(), request.provider(), valid, checks);
    }

    private List<CertificateCheck> customChecks(InstanceTarget target, CertificateRequest request) {
        CustomCertificateFiles files = request.customFiles(name());
        List<CertificateCheck> checks =
                new ArrayList<>(CustomCertificateChecks.run(files, request.domainNames(), Instant.now()));
        boolean readable = checks.stream()
                .noneMatch(c -> c.outcome() == CertificateCheck.Outcome.FAIL
                        && (c.check().endsWith("_pem") || c.check().equals("private_key")));
        if (!readable) {
            checks.add(CertificateCheck.skipped("npm_accepts", "not asked: the files are not readable"));
            return checks;
        }
        try {
            CertificateValidation answer = new CertificateApi(target.client()).validate(files);
            checks.add(CertificateCheck.pass("npm_accepts", "NPM reads the files (CN " + answer.commonName() + ")"));
        } catch (NpmValidationException e) {
            checks.add(CertificateCheck.fail("npm_accepts", "NPM refuses the files: " + e.npmMessage()));
        }
        return checks;
    }

    @Override
    public Optional<String> render(Result output) {
        return Optional.of("Instance '" + output.instance() + "', " + output.provider().seedName() + ": "
                + (output.valid() ? "valid" : "NOT valid") + "\n"
                + output.checks().stream().map(CertificateCheck::toString).collect(Collectors.joining("\n")));
    }
}
