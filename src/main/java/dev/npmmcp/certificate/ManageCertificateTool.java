package dev.npmmcp.certificate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.Progress;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import dev.npmmcp.tool.Unadvertised;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code npm_manage_certificate}: create, delete, renew, upload files to, or download a certificate. */
public final class ManageCertificateTool extends Tool<ManageCertificateTool.Input, ManageCertificateTool.Result> {

    private static final Logger LOG = LoggerFactory.getLogger(ManageCertificateTool.class);

    public ManageCertificateTool() {
        super(new ToolSpec<>(
                "npm_manage_certificate",
                "A Let's Encrypt or custom (PEM) certificate. A letsencrypt create runs certbot at once: "
                        + "check with npm_validate_certificate first. upload replaces custom files; download never "
                        + "includes the key.",
                Category.CERTIFICATE,
                ToolHints.writing(true, false),
                Input.class,
                Result.class));
    }

    public enum Operation {
        @JsonProperty("create")
        CREATE,
        @JsonProperty("delete")
        DELETE,
        @JsonProperty("renew")
        RENEW,
        @JsonProperty("upload")
        UPLOAD,
        @JsonProperty("download")
        DOWNLOAD
    }

    public record Input(
            Operation operation,
            Optional<String> instanceName,
            Optional<Integer> certId,
            Optional<CertificateProvider> provider,
            Optional<String> niceName,
            Optional<List<String>> domainNames,
            Optional<String> letsencryptEmail,
            @Default("false") @JsonPropertyDescription("Needed for wildcards") boolean dnsChallenge,
            @JsonPropertyDescription("certbot plugin, e.g. cloudflare") Optional<String> dnsProvider,
            Optional<String> dnsCredentials,
            Optional<Integer> propagationSeconds,
            @JsonPropertyDescription("ecdsa: NPM 2.13.6+") Optional<KeyType> keyType,
            Optional<String> customCertificate,
            Optional<String> customKey,
            Optional<String> customIntermediate,
            @Unadvertised @Default("false") boolean confirm) {

        CertificateRequest request() {
            return CertificateRequest.asked(provider, niceName, domainNames, letsencryptEmail, dnsChallenge,
                    dnsProvider, dnsCredentials, propagationSeconds, keyType, customCertificate, customKey,
                    customIntermediate);
        }

        @Override
        public String toString() {
            return "Input[" + operation + ", certId=" + certId + ", " + request() + "]";
        }
    }

    public record Result(
            String instance,
            Operation operation,
            String message,
            Optional<CertificateView> certificate,
            List<HostRef> danglingHosts,
            List<CertificateCheck> checks,
            List<CertificateFile> files) {}

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        CertificateApi api = new CertificateApi(target.client());
        return switch (input.operation()) {
            case CREATE -> create(context, target, api, input);
            case DELETE -> delete(context, target, api, input);
            case RENEW -> renew(context, target, api, input);
            case UPLOAD -> upload(context, target, api, input);
            case DOWNLOAD -> download(target, api, input);
        };
    }

    private Result create(ToolContext context, InstanceTarget target, CertificateApi api, Input input) {
        if (input.certId().isPresent()) {
            throw new ToolFailure(name() + ": operation=create makes a new certificate and takes no cert_id.",
                    "Leave cert_id out, or use operation=upload to put new files into custom certificate "
                            + input.certId().get() + ".");
        }
        CertificateRequest request = input.request();
        context.requireWritable("create a certificate on instance '" + target.name() + "'");
        return switch (request.provider()) {
            case LETSENCRYPT -> createLetsEncrypt(context.progress(), target, api, request);
            case CUSTOM -> createCustom(target, api, request);
        };
    }

    private Result createLetsEncrypt(Progress progress, InstanceTarget target, CertificateApi api,
            CertificateRequest request) {
        List<CertificateCheck> checks = LetsEncryptChecks.run(target.client(), request, false);
        refuseFailures(target, checks, "request the certificate");
        progress.report(1, 2, "Requesting the certificate from Let's Encrypt (NPM runs certbot)");
        Certificate created = api.create(request.letsEncrypt());
        progress.report(2, 2, "Let's Encrypt issued certificate #" + created.id());
        Certificate stored = api.get(created.id(), Set.of());
        return new Result(target.name(), Operation.CREATE, "Let's Encrypt issued certificate #" + stored.id()
                        + " for " + String.join(", ", stored.domainNames()) + " on instance '" + target.name()
                        + "'. Attach it to hosts with certificate_id " + stored.id() + ".",
                Optional.of(view(stored, List.of())), List.of(), checks, List.of());
    }

    private Result createCustom(InstanceTarget target, CertificateApi api, CertificateRequest request) {
        CustomCertificateFiles files = request.customFiles(name());
        List<CertificateCheck> checks = CustomCertificateChecks.run(files, request.domainNames(), Instant.now());
        refuseFailures(target, checks, "upload the certificate");
        String niceName = request.niceName()
                .orElseGet(() -> PemCertificate.read(files.certificate()).names().stream().findFirst()
                        .orElse("custom certificate"));
        Certificate record = api.create(new CertificateCreate.Custom(niceName));
        try {
            api.upload(record.id(), files);
        } catch (NpmApiException e) {
            discard(api, record.id(), target);
            throw e;
        }
        Certificate stored = api.get(record.id(), Set.of());
        return new Result(target.name(), Operation.CREATE, "Uploaded custom certificate #" + stored.id() + " ("
                        + niceName + ") for " + String.join(", ", stored.domainNames()) + " on instance '"
                        + target.name() + "'. Attach it to hosts with certificate_id " + stored.id() + ".",
                Optional.of(view(stored, List.of())), List.of(), checks, List.of());
    }

    /** NPM keeps an empty custom record when the upload fails; it would show as a certificate without files. */
    private static void discard(CertificateApi api, int id, InstanceTarget target) {
        try {
            api.delete(id);
        } catch (NpmApiException e) {
            LOG.warn("NPM instance '{}': could not remove the empty custom certificate {} after a failed upload: {}",
                    target.name(), id, e.getMessage());
        }
    }

    private Result delete(ToolContext context, InstanceTarget target, CertificateApi api, Input input) {
        int id = requireId(input);
        Certificate certificate = api.get(id, Set.of());
        CertificateUsage usage = CertificateUsage.scan(target.client());
        List<HostRef> users = usage.of(id);
        String action = "delete certificate #" + id + " (" + certificate.niceName() + ") on instance '"
                + target.name() + "'" + (users.isEmpty()
                        ? ""
                        : ", which is used by " + describe(users) + ": NPM leaves them pointing at the deleted"
                                + " certificate");
        context.requireConfirmation(action, input.confirm());
        api.delete(id);
        String message = "Deleted certificate #" + id + " (" + certificate.niceName() + ") on instance '"
                + target.name() + "'." + (users.isEmpty()
                        ? ""
                        : " Still pointing at it: " + describe(users)
                                + "; give them another certificate or none with the host tools.")
                + (usage.unchecked().isEmpty()
                        ? ""
                        : " Not checked (no permission): " + String.join(", ", usage.unchecked()) + ".");
        return new Result(target.name(), Operation.DELETE, message, Optional.empty(), users, List.of(), List.of());
    }

    private Result renew(ToolContext context, InstanceTarget target, CertificateApi api, Input input) {
        int id = requireId(input);
        Certificate certificate = api.get(id, Set.of());
        if (!certificate.provider().equals("letsencrypt")) {
            throw new ToolFailure("Certificate #" + id + " on instance '" + target.name()
                            + "' is a custom certificate: NPM renews only Let's Encrypt certificates.",
                    "Get renewed files from its issuer and call npm_manage_certificate operation=upload cert_id=" + id
                            + ".");
        }
        context.requireWritable("renew certificate #" + id + " on instance '" + target.name() + "'");
        context.progress().report(1, 2, "Renewing certificate #" + id + " with Let's Encrypt (NPM runs certbot)");
        Certificate renewed = api.renew(id);
        context.progress().report(2, 2, "Let's Encrypt renewed certificate #" + id);
        CertificateView view = view(api.get(renewed.id(), Set.of()),
                CertificateUsage.scan(target.client()).of(id));
        return new Result(target.name(), Operation.RENEW, "Renewed certificate #" + id + " on instance '"
                        + target.name() + "': it now expires on " + view.expiresOn() + ".",
                Optional.of(view), List.of(), List.of(), List.of());
    }

    private Result upload(ToolContext context, InstanceTarget target, CertificateApi api, Input input) {
        int id = requireId(input);
        Certificate certificate = api.get(id, Set.of());
        if (!certificate.provider().equals("other")) {
            throw new ToolFailure("Certificate #" + id + " on instance '" + target.name()
                            + "' is a Let's Encrypt certificate: files can be uploaded only to custom certificates.",
                    "Use operation=renew for it, or operation=create with provider=custom for a new one.");
        }
        CertificateRequest request = input.request();
        CustomCertificateFiles files = request.customFiles(name());
        boolean replacing = certificate.meta().certificate().isPresent();
        List<String> mustCover = !request.domainNames().isEmpty() || !replacing
                ? request.domainNames()
                : certificate.domainNames();
        List<CertificateCheck> checks = CustomCertificateChecks.run(files, mustCover, Instant.now());
        refuseFailures(target, checks, "upload the files");
        List<HostRef> users = CertificateUsage.scan(target.client()).of(id);
        if (replacing) {
            context.requireConfirmation("replace the files of certificate #" + id + " (" + certificate.niceName()
                    + ") on instance '" + target.name() + "'"
                    + (users.isEmpty() ? "" : ", used by " + describe(users)), input.confirm());
        } else {
            context.requireWritable("upload files to certificate #" + id + " on instance '" + target.name() + "'");
        }
        api.upload(id, files);
        CertificateView view = view(api.get(id, Set.of()), users);
        return new Result(target.name(), Operation.UPLOAD, "Uploaded the files of certificate #" + id
                        + " on instance '" + target.name() + "': " + String.join(", ", view.domainNames())
                        + ", expires on " + view.expiresOn() + ".",
                Optional.of(view), List.of(), checks, List.of());
    }

    private Result download(InstanceTarget target, CertificateApi api, Input input) {
        int id = requireId(input);
        Certificate certificate = api.get(id, Set.of());
        List<CertificateFile> files = certificate.provider().equals("letsencrypt")
                ? CertificateDownload.fromZip(api.download(id).zip())
                : CertificateDownload.fromRecord(certificate);
        if (files.isEmpty()) {
            throw new ToolFailure("Certificate #" + id + " on instance '" + target.name() + "' has no files.",
                    "Upload them with npm_manage_certificate operation=upload cert_id=" + id + ".");
        }
        String names = files.stream().map(CertificateFile::name).collect(Collectors.joining(", "));
        return new Result(target.name(), Operation.DOWNLOAD, "Files of certificate #" + id + " ("
                        + certificate.niceName() + "): " + names + ". The private key is never returned; the user"
                        + " can take it from NPM's UI or the NPM host.",
                Optional.of(view(certificate, CertificateUsage.scan(target.client()).of(id))), List.of(), List.of(),
                files);
    }

    private int requireId(Input input) {
        return input.certId().orElseThrow(() -> new ToolFailure(
                name() + ": operation=" + input.operation().name().toLowerCase(java.util.Locale.ROOT)
                        + " needs cert_id.",
                "Find the id with npm_list_certificates and pass it as cert_id."));
    }

    private static void refuseFailures(InstanceTarget target, List<CertificateCheck> checks, String action) {
        List<CertificateCheck> failed = checks.stream()
                .filter(c -> c.outcome() == CertificateCheck.Outcome.FAIL)
                .toList();
        if (!failed.isEmpty()) {
            throw new ToolFailure("Did not " + action + " on instance '" + target.name() + "': "
                            + failed.stream().map(c -> c.check() + ": " + c.detail()).collect(Collectors.joining("; ")),
                    "Fix the parameters named above (npm_validate_certificate runs every check without creating"
                            + " anything); nothing was changed.");
        }
    }

    private static CertificateView view(Certificate certificate, List<HostRef> users) {
        return CertificateView.of(certificate, Instant.now(), CustomCertificateChecks.WARN_DAYS, users);
    }

    private static String describe(List<HostRef> users) {
        return users.stream().map(HostRef::toString).collect(Collectors.joining(", "));
    }

    @Override
    public Optional<String> render(Result output) {
        StringBuilder text = new StringBuilder(output.message());
        output.certificate().ifPresent(c -> text.append('\n').append(c.summary()));
        output.checks().stream()
                .filter(c -> c.outcome() == CertificateCheck.Outcome.WARN)
                .forEach(c -> text.append("\nwarning: ").append(c.check()).append(": ").append(c.detail()));
        output.files().forEach(f -> text.append("\n--- ").append(f.name()).append('\n').append(f.pem()));
        return Optional.of(text.toString());
    }
}
