package dev.npmmcp.proxyhost;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.InputChecks;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.npm.CertificateChoice;
import dev.npmmcp.npm.NpmConflictException;
import dev.npmmcp.npm.NpmServerException;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.CertificateReferences;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import dev.npmmcp.tool.Unadvertised;
import dev.npmmcp.tool.WriteOperation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** {@code npm_manage_proxy_host}: create, update, delete, enable or disable a proxy host, around NPM's traps. */
public final class ManageProxyHostTool extends Tool<ManageProxyHostTool.Input, ManageProxyHostTool.Result> {

    private static final Set<ProxyHostExpand> EXPAND =
            EnumSet.of(ProxyHostExpand.CERTIFICATE, ProxyHostExpand.ACCESS_LIST);

    public ManageProxyHostTool() {
        super(new ToolSpec<>(
                "npm_manage_proxy_host",
                "A proxy host: domain_names served from forward_host:forward_port; create needs all "
                        + "three.",
                Category.PROXY_HOST,
                ToolHints.writing(true, false),
                Input.class,
                Result.class));
    }

    enum Scheme {
        @JsonProperty("http") HTTP,
        @JsonProperty("https") HTTPS;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record LocationInput(
            String path,
            Scheme forwardScheme,
            String forwardHost,
            int forwardPort,
            Optional<String> forwardPath,
            Optional<String> advancedConfig) {

        LocationInput {
            InputChecks.port("locations[].forward_port", forwardPort);
            if (path.isBlank() || forwardHost.isBlank()) {
                throw new IllegalArgumentException("every location needs a path and a forward_host");
            }
        }

        ProxyLocation toLocation() {
            return new ProxyLocation(Optional.empty(), path.strip(), forwardScheme.wire(), forwardHost.strip(),
                    forwardPort, forwardPath, advancedConfig);
        }
    }

    record Input(
            WriteOperation operation,
            Optional<String> instanceName,
            Optional<Integer> hostId,
            Optional<List<String>> domainNames,
            Optional<String> forwardHost,
            Optional<Integer> forwardPort,
            Optional<Scheme> forwardScheme,
            Optional<Integer> sslCertificateId,
            @Unadvertised Optional<Integer> certificateId,
            @JsonPropertyDescription("Get a Let's Encrypt certificate for the domains")
                    Optional<Boolean> requestCertificate,
            Optional<String> letsencryptEmail,
            Optional<Boolean> forceSsl,
            @Unadvertised Optional<Boolean> sslForced,
            Optional<Boolean> http2Support,
            Optional<Boolean> hstsEnabled,
            Optional<Boolean> hstsSubdomains,
            Optional<Boolean> websocketSupport,
            @Unadvertised Optional<Boolean> allowWebsocketUpgrade,
            Optional<Boolean> blockExploits,
            Optional<Boolean> cachingEnabled,
            @JsonPropertyDescription("NPM 2.14+") Optional<Boolean> trustForwardedProto,
            Optional<Integer> accessListId,
            Optional<List<LocationInput>> locations,
            Optional<String> advancedConfig,
            @Unadvertised Optional<Boolean> confirm) {

        Input {
            InputChecks.id("host_id", hostId);
            forwardPort.ifPresent(port -> InputChecks.port("forward_port", port));
            InputChecks.reference("ssl_certificate_id", sslCertificateId);
            InputChecks.reference("certificate_id", certificateId);
            InputChecks.reference("access_list_id", accessListId);
            InputChecks.domains(domainNames);
            InputChecks.notBlank("forward_host", forwardHost);
        }
    }

    record Result(
            String instance,
            String operation,
            int hostId,
            boolean changed,
            String message,
            List<String> changedFields,
            Optional<ProxyHostView> host,
            List<String> warnings) {}

    @Override
    public Result call(ToolContext context, Input input) {
        RequestedSettings wanted = RequestedSettings.from(input);
        InstanceTarget target = context.target(input.instanceName());
        return switch (input.operation()) {
            case CREATE -> create(context, target, input, wanted);
            case UPDATE -> update(context, target, requireHostId(input), wanted);
            case DELETE -> delete(context, target, settingsFree(input, wanted), input.confirm().orElse(false));
            case ENABLE -> toggle(context, target, settingsFree(input, wanted), true);
            case DISABLE -> toggle(context, target, settingsFree(input, wanted), false);
        };
    }

    private Result create(ToolContext context, InstanceTarget target, Input input, RequestedSettings wanted) {
        if (input.hostId().isPresent()) {
            throw invalid("create makes a new host and takes no host_id", "Leave host_id out, or use"
                    + " operation update to change host " + input.hostId().get() + ".");
        }
        List<String> missing = new ArrayList<>();
        if (wanted.domainNames().isEmpty()) {
            missing.add("domain_names");
        }
        if (wanted.forwardHost().isEmpty()) {
            missing.add("forward_host");
        }
        if (wanted.forwardPort().isEmpty()) {
            missing.add("forward_port");
        }
        if (!missing.isEmpty()) {
            throw invalid("create needs " + String.join(", ", missing),
                    "Pass domain_names, forward_host and forward_port (forward_scheme defaults to http).");
        }
        context.requireWritable("create a proxy host" + where(target));
        List<String> warnings = new ArrayList<>();
        checkReferences(target, wanted, Optional.empty());
        ProxyHostCreate.Builder create = ProxyHostCreate.builder(wanted.domainNames().get(),
                wanted.forwardScheme().orElse("http"), wanted.forwardHost().get(), wanted.forwardPort().get());
        if (wanted.requestCertificate()) {
            create.certificateId(CertificateChoice.requestNew());
            certificateMeta(target, wanted, warnings).ifPresent(create::meta);
        } else {
            wanted.certificateId().map(CertificateChoice::ofId).ifPresent(create::certificateId);
        }
        wanted.sslForced().ifPresent(create::sslForced);
        wanted.http2Support().ifPresent(create::http2Support);
        wanted.hstsEnabled().ifPresent(create::hstsEnabled);
        wanted.hstsSubdomains().ifPresent(create::hstsSubdomains);
        wanted.allowWebsocketUpgrade().ifPresent(create::allowWebsocketUpgrade);
        wanted.blockExploits().ifPresent(create::blockExploits);
        wanted.cachingEnabled().ifPresent(create::cachingEnabled);
        wanted.trustForwardedProto().ifPresent(create::trustForwardedProto);
        wanted.accessListId().ifPresent(create::accessListId);
        wanted.locations().ifPresent(create::locations);
        wanted.advancedConfig().ifPresent(create::advancedConfig);
        ProxyHostApi api = new ProxyHostApi(target.client());
        ProxyHost created = whileCertbotRuns(context, wanted,
                () -> createReportingOrphans(target, api, create.build(), wanted));
        reapplySslFlags(api, created.id(), wanted, warnings);
        ProxyHost host = api.get(created.id(), EXPAND);
        return written(target, "create", host, true, "Created proxy host " + ProxyHostView.label(host) + where(target) + ".",
                changedOnCreate(wanted), warnings);
    }

    private Result update(ToolContext context, InstanceTarget target, int hostId, RequestedSettings wanted) {
        if (wanted.given().isEmpty()) {
            throw invalid("update needs at least one setting to change",
                    "Pass the settings to change with host_id (e.g. forward_port, force_ssl, access_list_id).");
        }
        context.requireWritable("update proxy host #" + hostId + where(target));
        ProxyHostApi api = new ProxyHostApi(target.client());
        ProxyHost current = api.get(hostId, EXPAND);
        List<String> warnings = new ArrayList<>();
        Optional<Map<String, Object>> meta = wanted.requestCertificate()
                ? certificateMeta(target, wanted, warnings)
                : Optional.empty();
        ProxyHostDiff diff = ProxyHostDiff.between(current, wanted, meta);
        if (diff.changed().isEmpty()) {
            return written(target, "update", current, false, "Proxy host " + ProxyHostView.label(current) + where(target)
                    + " already has these settings; nothing was sent.", List.of(), warnings);
        }
        checkReferences(target, wanted, Optional.of(current));
        whileCertbotRuns(context, wanted, () -> api.update(hostId, diff.update()));
        reapplySslFlags(api, hostId, wanted, warnings);
        ProxyHost host = api.get(hostId, EXPAND);
        return written(target, "update", host, true, "Updated proxy host " + ProxyHostView.label(host) + where(target)
                + ": " + String.join(", ", diff.changed()) + ".", diff.changed(), warnings);
    }

    private Result delete(ToolContext context, InstanceTarget target, int hostId, boolean confirmed) {
        context.requireWritable("delete proxy host #" + hostId + where(target));
        ProxyHostApi api = new ProxyHostApi(target.client());
        ProxyHost current = api.get(hostId, EXPAND);
        context.requireConfirmation("delete proxy host " + ProxyHostView.label(current) + where(target), confirmed);
        api.delete(hostId);
        String message = "Deleted proxy host " + ProxyHostView.label(current) + where(target) + "."
                + (current.certificateId() > 0 ? " Its certificate #" + current.certificateId() + " was kept;"
                        + " delete it with npm_manage_certificate if nothing else uses it." : "");
        return new Result(target.name(), "delete", hostId, true, message, List.of(), Optional.empty(), List.of());
    }

    private Result toggle(ToolContext context, InstanceTarget target, int hostId, boolean enable) {
        String verb = enable ? "enable" : "disable";
        String state = enable ? "enabled" : "disabled";
        context.requireWritable(verb + " proxy host #" + hostId + where(target));
        ProxyHostApi api = new ProxyHostApi(target.client());
        ProxyHost current = api.get(hostId, EXPAND);
        boolean changed = current.enabled() != enable;
        boolean rendered = false;
        if (changed) {
            try {
                if (enable) {
                    rendered = api.enableKeepingAccessRules(hostId, current.accessListId());
                } else {
                    api.disable(hostId);
                }
            } catch (NpmConflictException e) {
                // someone else flipped it in between: the host is as asked
                changed = false;
            }
        }
        ProxyHost host = changed ? api.get(hostId, EXPAND) : current;
        String message = changed
                ? "Proxy host " + ProxyHostView.label(host) + where(target) + " is now " + state + "."
                        + (rendered ? " " + ProxyHostApi.ACCESS_RULES_RENDERED : "")
                : "Proxy host " + ProxyHostView.label(host) + where(target) + " was already " + state
                        + "; nothing changed.";
        return written(target, verb, host, changed, message, changed ? List.of("enabled") : List.of(),
                new ArrayList<>());
    }

    private static Result written(InstanceTarget target, String operation, ProxyHost host, boolean changed,
            String message, List<String> changedFields, List<String> warnings) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(GetProxyHostTool.warnings(target, host));
        String nginx = host.meta().failed()
                ? " nginx REJECTED the config: the host is not served until it is fixed (see warnings)."
                : host.meta().nginxOnline().orElse(false) ? " nginx is online." : "";
        return new Result(target.name(), operation, host.id(), changed, message + (changed ? nginx : ""),
                changedFields, Optional.of(ProxyHostView.of(host)), List.copyOf(all));
    }

    /** NPM answers a write with a new certificate only once certbot is done: up to a minute to show progress for. */
    private static <T> T whileCertbotRuns(ToolContext context, RequestedSettings wanted, Supplier<T> write) {
        if (!wanted.requestCertificate()) {
            return write.get();
        }
        context.progress().report(1, 2, "Requesting the certificate from Let's Encrypt (NPM runs certbot)");
        T answer = write.get();
        context.progress().report(2, 2, "Let's Encrypt issued the certificate");
        return answer;
    }

    /**
     * With a new certificate NPM inserts the host first and runs certbot after: when certbot fails the answer is a
     * 500, yet the host exists without a certificate. Say so, or the caller would create it again and hit "already in
     * use".
     */
    private static ProxyHost createReportingOrphans(InstanceTarget target, ProxyHostApi api, ProxyHostCreate create,
            RequestedSettings wanted) {
        try {
            return api.create(create);
        } catch (NpmServerException e) {
            if (!wanted.requestCertificate()) {
                throw e;
            }
            String domain = create.domainNames().getFirst();
            Optional<ProxyHost> orphan = ProxyHostLookup.exactly(api, domain, Set.of());
            if (orphan.isEmpty()) {
                throw e;
            }
            throw new ToolFailure("Let's Encrypt failed on instance '" + target.name() + "' (" + e.npmMessage()
                    + "), but NPM had already created proxy host " + ProxyHostView.label(orphan.get())
                    + " without a certificate.",
                    "Make sure " + String.join(", ", create.domainNames()) + " resolve to NPM and port 80 is"
                            + " reachable from the internet, then call update with host_id " + orphan.get().id()
                            + " and request_certificate: true (or delete the host).");
        }
    }

    /**
     * NPM clears force_ssl, HTTP/2 and HSTS on a host created with a new certificate (they are reset while the host
     * has none yet); once the host has its certificate they can be set, so any requested value that did not stick is
     * sent again.
     */
    private static void reapplySslFlags(ProxyHostApi api, int hostId, RequestedSettings wanted,
            List<String> warnings) {
        if (!wanted.requestCertificate()) {
            return;
        }
        ProxyHost host = api.get(hostId, Set.of());
        if (host.certificateId() == 0) {
            warnings.add("NPM did not attach a certificate to the host; force_ssl, HTTP/2 and HSTS stay off.");
            return;
        }
        ProxyHostUpdate.Builder again = ProxyHostUpdate.builder();
        List<String> lost = new ArrayList<>();
        if (wanted.sslForced().filter(v -> v != host.sslForced()).isPresent()) {
            again.sslForced(wanted.sslForced().get());
            lost.add("ssl_forced");
        }
        if (wanted.http2Support().filter(v -> v != host.http2Support()).isPresent()) {
            again.http2Support(wanted.http2Support().get());
            lost.add("http2_support");
        }
        if (wanted.hstsEnabled().filter(v -> v != host.hstsEnabled()).isPresent()) {
            again.hstsEnabled(wanted.hstsEnabled().get());
            lost.add("hsts_enabled");
        }
        if (wanted.hstsSubdomains().filter(v -> v != host.hstsSubdomains()).isPresent()) {
            again.hstsSubdomains(wanted.hstsSubdomains().get());
            lost.add("hsts_subdomains");
        }
        if (!lost.isEmpty()) {
            api.update(hostId, again.build());
            warnings.add("NPM dropped " + String.join(", ", lost) + " while issuing the certificate; they were"
                    + " sent again once certificate #" + host.certificateId() + " was attached.");
        }
    }

    /** Let's Encrypt account details for certificate_id "new": in the host's meta up to NPM 2.12, unused after. */
    private static Optional<Map<String, Object>> certificateMeta(InstanceTarget target, RequestedSettings wanted,
            List<String> warnings) {
        if (target.client().capabilities().letsencryptEmailInMeta()) {
            String email = wanted.letsencryptEmail().filter(e -> !e.isBlank()).orElseGet(() -> {
                String account = target.client().accountEmail();
                warnings.add("No letsencrypt_email was given; NPM " + target.client().serverInfo().version()
                        + " needs one, so the NPM user's own (" + account + ") was sent, as NPM 2.13 and later do"
                        + " themselves.");
                return account;
            });
            return Optional.of(Map.of("letsencrypt_email", email, "letsencrypt_agree", true, "dns_challenge", false));
        }
        wanted.letsencryptEmail().ifPresent(ignored -> warnings.add("letsencrypt_email was not sent: this NPM"
                + " version uses the NPM user's own email for Let's Encrypt."));
        return Optional.empty();
    }

    private static void checkReferences(InstanceTarget target, RequestedSettings wanted, Optional<ProxyHost> current) {
        wanted.certificateId()
                .filter(id -> id > 0 && current.map(h -> h.certificateId() != id).orElse(true))
                .ifPresent(id -> CertificateReferences.require(target, id));
        wanted.accessListId()
                .filter(id -> id > 0 && current.map(h -> h.accessListId() != id).orElse(true))
                .ifPresent(id -> HostReferences.requireAccessList(target, id));
    }

    private static List<String> changedOnCreate(RequestedSettings wanted) {
        return wanted.given().stream().filter(name -> !name.equals("letsencrypt_email")).toList();
    }

    private static int requireHostId(Input input) {
        return input.hostId().orElseThrow(() -> invalid(input.operation().wire() + " needs host_id",
                "Find the host's id with npm_list_proxy_hosts (domain_filter) or npm_get_proxy_host (domain_name)."));
    }

    private static int settingsFree(Input input, RequestedSettings wanted) {
        int hostId = requireHostId(input);
        if (!wanted.given().isEmpty()) {
            throw invalid(input.operation().wire() + " takes only host_id" + (input.operation() == WriteOperation.DELETE
                            ? " and confirm" : "") + ", not " + String.join(", ", wanted.given()),
                    "Call " + input.operation().wire() + " with host_id alone; use operation update to change"
                            + " settings.");
        }
        return hostId;
    }

    /** {@code " on instance 'home'"}, as the other host kinds' messages say it. */
    private static String where(InstanceTarget target) {
        return " on instance '" + target.name() + "'";
    }

    private static ToolFailure invalid(String problem, String hint) {
        return new ToolFailure("Invalid arguments for " + RequestedSettings.TOOL + ": " + problem + ".", hint);
    }

    @Override
    public Optional<String> render(Result result) {
        StringBuilder text = new StringBuilder(result.message());
        result.warnings().forEach(w -> text.append("\nwarning: ").append(w));
        return Optional.of(text.toString());
    }
}
