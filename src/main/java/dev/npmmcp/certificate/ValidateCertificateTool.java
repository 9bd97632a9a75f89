package dev.npmmcp.certificate;

import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.npm.NpmValidationException;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code npm_validate_certificate}: checks a certificate request the way create would need it, creating nothing. */
public final class ValidateCertificateTool
        extends Tool<ValidateCertificateTool.Input, ValidateCertificateTool.Result> {

    public ValidateCertificateTool() {
        super(new ToolSpec<>(
                "npm_validate_certificate",
                "Checks npm_manage_certificate create's parameters without creating anything; a failed "
                        + "Let's Encrypt request counts against its rate limits.",
                Category.CERTIFICATE,
                ToolHints.reading(),
                Input.class,
                Result.class));
    }

    public record Input(
            Optional<String> instanceName,
            Optional<CertificateProvider> provider,
            Optional<String> niceName,
            Optional<List<String>> domainNames,
            Optional<String> letsencryptEmail,
            @Default("false")
                    boolean dnsChallenge,
            Optional<String> dnsProvider,
            Optional<String> dnsCredentials,
            Optional<Integer> propagationSeconds,
            Optional<KeyType> keyType,
            Optional<String> customCertificate,
            Optional<String> customKey,
            Optional<String> customIntermediate) {

        CertificateRequest request() {
            return CertificateRequest.asked(provider, niceName, domainNames, letsencryptEmail, dnsChallenge,
                    dnsProvider, dnsCredentials, propagationSeconds, keyType, customCertificate, customKey,
                    customIntermediate);
        }

        @Override
        public String toString() {
            return "Input[" + request() + "]";
        }
    }

    public record Result(
            String instance,
            CertificateProvider provider,
            boolean valid,
            List<CertificateCheck> checks) {}

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
