package dev.npmmcp.proxyhost;

import dev.npmmcp.tool.InputChecks;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.CertificateReferences;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code npm_get_proxy_host}: one proxy host in full, by id or by a domain it serves. */
public final class GetProxyHostTool extends Tool<GetProxyHostTool.Input, GetProxyHostTool.Result> {

    private static final Set<ProxyHostExpand> EXPAND =
            EnumSet.of(ProxyHostExpand.CERTIFICATE, ProxyHostExpand.ACCESS_LIST);

    public GetProxyHostTool() {
        super(new ToolSpec<>(
                "npm_get_proxy_host",
                "One proxy host in full, by host_id or a domain it serves. Read it before an update.",
                Category.PROXY_HOST,
                ToolHints.reading(),
                Input.class,
                Result.class));
    }

    record Input(
            Optional<String> instanceName,
            Optional<Integer> hostId,
            Optional<String> domainName) {

        Input {
            if (hostId.isPresent() == domainName.isPresent()) {
                throw new IllegalArgumentException("give exactly one of host_id or domain_name");
            }
            InputChecks.id("host_id", hostId);
        }
    }

    record Result(
            String instance,
            ProxyHostView host,
            List<String> warnings) {}

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        ProxyHost host = input.hostId()
                .map(id -> new ProxyHostApi(target.client()).get(id, EXPAND))
                .orElseGet(() -> ProxyHostLookup.byDomain(target, input.domainName().orElseThrow(), EXPAND));
        return new Result(target.name(), ProxyHostView.of(host), warnings(target, host));
    }

    static List<String> warnings(InstanceTarget target, ProxyHost host) {
        List<String> warnings = new ArrayList<>();
        if (host.meta().failed()) {
            warnings.add("nginx rejected this host's config" + host.meta().nginxErr().map(e -> ": " + e.strip())
                    .orElse("") + " — fix advanced_config or the locations with npm_manage_proxy_host update.");
        }
        if (host.certificateId() > 0 && !CertificateReferences.exists(target, host.certificateId())) {
            warnings.add("certificate_id " + host.certificateId() + " points at a certificate that no longer"
                    + " exists (NPM keeps the id when a certificate is deleted): attach another certificate or set"
                    + " ssl_certificate_id 0.");
        }
        if (host.certificateId() == 0 && (host.sslForced() || host.http2Support() || host.hstsEnabled())) {
            warnings.add("force_ssl, http2_support and hsts only take effect once the host has a certificate.");
        }
        if (host.accessListId() > 0 && host.accessList().isEmpty()) {
            warnings.add("access_list_id " + host.accessListId() + " points at an access list that does not exist.");
        }
        return List.copyOf(warnings);
    }

    @Override
    public Optional<String> render(Result result) {
        ProxyHostView host = result.host();
        StringBuilder text = new StringBuilder("Proxy host #" + host.id() + " on instance '" + result.instance() + "': "
                + String.join(", ", host.domainNames()) + " -> " + host.forward()
                + (host.enabled() ? "" : " [disabled]"));
        host.certificate().ifPresent(c -> text.append("\ncertificate: ").append(c.niceName()).append(" (#")
                .append(c.id()).append(", expires ").append(c.expiresOn()).append(')'));
        host.accessList().ifPresent(a -> text.append("\naccess list: ").append(a.name()).append(" (#")
                .append(a.id()).append(')'));
        host.locations().forEach(l -> text.append("\nlocation ").append(l.path()).append(" -> ").append(l.forward()));
        result.warnings().forEach(w -> text.append("\nwarning: ").append(w));
        return Optional.of(text.toString());
    }
}
