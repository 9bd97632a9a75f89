package dev.npmmcp.certificate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code npm_manage_certificate}: create, delete, renew, upload files to, or download a certificate. */
public final class ManageCertificateTool implements Tool<ManageCertificateTool.Input, ManageCertificateTool.Result> {

    private static final Logger LOG = LoggerFactory.getLogger(ManageCertificateTool.class);

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
            @JsonPropertyDescription("create, delete, renew (Let's Encrypt), upload (new files for a custom"
                            + " certificate) or download (the certificate files)")
                    Operation operation,
            @JsonPropertyDescription("The NPM instance; default: the selected, else the default, else the first")
                    Optional<String> instanceName,
            @JsonPropertyDescription("The certificate id (delete, renew, upload, download)") Optional<Integer> certId,
            @JsonPropertyDescription("create: letsencrypt or custom; default: custom when custom_certificate is"
                            + " given, else letsencrypt")
                    Optional<CertificateProvider> provider,
            @JsonPropertyDescription("Display name; default: the domains (Let's Encrypt) or the certificate's"
                            + " common name (custom)")
                    Optional<String> niceName,
            @JsonPropertyDescription("Let's Encrypt: the domains to certify. Custom: names the certificate must"
                            + " cover (checked; NPM takes the names from the certificate itself)")
                    Optional<List<String>> domainNames,
            @JsonPropertyDescription("Let's Encrypt account email; default the NPM user's (sent for NPM up to 2.12,"
                            + " which needs one; later versions use it themselves)")
                    Optional<String> letsencryptEmail,
            @JsonPropertyDescription("Let's Encrypt: validate by DNS challenge instead of HTTP on port 80 (needed"
                            + " for wildcards)")
                    @Default("false")
                    boolean dnsChallenge,
            @JsonPropertyDescription("The certbot DNS plugin id, e.g. cloudflare (see npm_validate_certificate)")
                    Optional<String> dnsProvider,
            @JsonPropertyDescription("The DNS provider's credentials file content, e.g."
                            + " dns_cloudflare_api_token=...; never echoed")
                    Optional<String> dnsCredentials,
            @JsonPropertyDescription("Seconds to wait for DNS propagation") Optional<Integer> propagationSeconds,
            @JsonPropertyDescription("Let's Encrypt key type rsa or ecdsa (ecdsa needs NPM 2.13.6+)")
                    Optional<KeyType> keyType,
            @JsonPropertyDescription("Custom (create, upload): the certificate as PEM text")
                    Optional<String> customCertificate,
            @JsonPropertyDescription("Custom (create, upload): its unencrypted private key as PEM text; never"
                            + " echoed")
                    Optional<String> customKey,
            @JsonPropertyDescription("Custom (create, upload): the intermediate chain as PEM text")
                    Optional<String> customIntermediate,
            @JsonPropertyDescription("delete, and upload over existing files: true once the user agreed")
                    @Default("false")
                    boolean confirm) {

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
            return "Input[" + operation + ", certId=" + certId + ", " + request() + "]";
        }
    }

    public record Result(
            @JsonPropertyDescription("The instance that answered") String instance,
            @JsonPropertyDescription("The operation done") Operation operation,
            @JsonPropertyDescription("What happened, in a sentence") String message,
            @JsonPropertyDescription("The certificate as NPM now has it (absent after delete)")
                    Optional<CertificateView> certificate,
            @JsonPropertyDescription("Hosts left pointing at a deleted certificate: give them another certificate"
                            + " (or none) with the host tools")
                    List<HostRef> danglingHosts,
            @JsonPropertyDescription("The checks run before creating or uploading (warnings worth telling the user)")
                    List<CertificateCheck> checks,
            @JsonPropertyDescription("download: the certificate and chain files; never the private key")
                    List<CertificateFile> files) {}

    @Override
    public String name() {
        return "npm_manage_certificate";
    }

    @Override
    public String description() {
        return "Creates, deletes, renews, uploads or downloads SSL certificates on an NPM instance."
                + " create with provider=letsencrypt requests a certificate now (NPM runs certbot: the domains must"
                + " reach NPM on port 80, or use dns_challenge with dns_provider and dns_credentials; call"
                + " npm_validate_certificate first, since failures count against Let's Encrypt's rate limits)."
                + " create with provider=custom takes custom_certificate, custom_key and optionally"
                + " custom_intermediate as PEM text; the key is checked against the certificate before anything is"
                + " created (NPM itself would accept a wrong key and break nginx). upload replaces the files of a"
                + " custom certificate. renew renews a Let's Encrypt certificate. download returns the certificate"
                + " and chain as PEM text; the private key is never returned by any tool (a user who needs it can"
                + " take it from NPM's UI or from the NPM host). delete needs confirm=true and names the hosts that use"
                + " the certificate, since NPM leaves them pointing at the deleted id. To attach a certificate to a"
                + " host, use the host tools with its id.";
    }

    @Override
    public Category category() {
        return Category.CERTIFICATE;
    }

    @Override
    public ToolHints hints() {
        return ToolHints.writing(true, false);
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
            case LETSENCRYPT -> createLetsEncrypt(target, api, request);
            case CUSTOM -> createCustom(target, api, request);
        };
    }

    private Result createLetsEncrypt(InstanceTarget target, CertificateApi api, CertificateRequest request) {
        List<CertificateCheck> checks = LetsEncryptChecks.run(target.client(), request, false);
        refuseFailures(target, checks, "request the certificate");
        Certificate created = api.create(request.letsEncrypt());
        Certificate stored = api.get(created.id(), Set.of());
        return new Result(target.name(), Operation.CREATE, "Let's Encrypt issued certificate " + stored.id()
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
        return new Result(target.name(), Operation.CREATE, "Uploaded custom certificate " + stored.id() + " ("
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
        String action = "delete certificate " + id + " (" + certificate.niceName() + ") on instance '"
                + target.name() + "'" + (users.isEmpty()
                        ? ""
                        : ", which is used by " + describe(users) + ": NPM leaves them pointing at the deleted"
                                + " certificate");
        context.requireConfirmation(action, input.confirm());
        api.delete(id);
        String message = "Deleted certificate " + id + " (" + certificate.niceName() + ") on instance '"
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
            throw new ToolFailure("Certificate " + id + " on instance '" + target.name()
                            + "' is a custom certificate: NPM renews only Let's Encrypt certificates.",
                    "Get renewed files from its issuer and call npm_manage_certificate operation=upload cert_id=" + id
                            + ".");
        }
        context.requireWritable("renew certificate " + id + " on instance '" + target.name() + "'");
        Certificate renewed = api.renew(id);
        CertificateView view = view(api.get(renewed.id(), Set.of()),
                CertificateUsage.scan(target.client()).of(id));
        return new Result(target.name(), Operation.RENEW, "Renewed certificate " + id + " on instance '"
                        + target.name() + "': it now expires on " + view.expiresOn() + ".",
                Optional.of(view), List.of(), List.of(), List.of());
    }

    private Result upload(ToolContext context, InstanceTarget target, CertificateApi api, Input input) {
        int id = requireId(input);
        Certificate certificate = api.get(id, Set.of());
        if (!certificate.provider().equals("other")) {
            throw new ToolFailure("Certificate " + id + " on instance '" + target.name()
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
            context.requireConfirmation("replace the files of certificate " + id + " (" + certificate.niceName()
                    + ") on instance '" + target.name() + "'"
                    + (users.isEmpty() ? "" : ", used by " + describe(users)), input.confirm());
        } else {
            context.requireWritable("upload files to certificate " + id + " on instance '" + target.name() + "'");
        }
        api.upload(id, files);
        CertificateView view = view(api.get(id, Set.of()), users);
        return new Result(target.name(), Operation.UPLOAD, "Uploaded the files of certificate " + id
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
            throw new ToolFailure("Certificate " + id + " on instance '" + target.name() + "' has no files.",
                    "Upload them with npm_manage_certificate operation=upload cert_id=" + id + ".");
        }
        String names = files.stream().map(CertificateFile::name).collect(Collectors.joining(", "));
        return new Result(target.name(), Operation.DOWNLOAD, "Files of certificate " + id + " ("
                        + certificate.niceName() + "): " + names + ". The private key is never returned; the user"
                        + " can take it from NPM's UI or the NPM host.",
                Optional.of(view(certificate, List.of())), List.of(), List.of(), files);
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
