package dev.npmmcp.redirection;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.InputChecks;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.FieldChanges;
import dev.npmmcp.tool.HostNotes;
import dev.npmmcp.tool.HostWrites;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.SslRequest;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import dev.npmmcp.tool.Unadvertised;
import dev.npmmcp.tool.WriteOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code npm_manage_redirection}: creates, changes, deletes, enables or disables a redirection host. */
public final class ManageRedirectionTool extends Tool<ManageRedirectionTool.Input, ManageRedirectionTool.Result> {

    static final int DEFAULT_HTTP_CODE = 302;
    private static final HostWrites.Names NAMES =
            new HostWrites.Names("redirection", "redirect_id", "npm_list_redirections", "npm_manage_redirection");

    public ManageRedirectionTool() {
        super(new ToolSpec<>(
                "npm_manage_redirection",
                "A redirection host: domain_names sent to forward_domain_name (domain and path, no "
                        + "scheme); create needs both.",
                Category.REDIRECTION,
                ToolHints.writing(true, false),
                Input.class,
                Result.class));
    }

    enum Scheme {
        @JsonProperty("auto")
        AUTO,
        @JsonProperty("http")
        HTTP,
        @JsonProperty("https")
        HTTPS;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Input(
            WriteOperation operation,
            Optional<Integer> redirectId,
            Optional<List<String>> domainNames,
            @JsonPropertyDescription("auto: the visitor's") Optional<Scheme> forwardScheme,
            Optional<String> forwardDomainName,
            @JsonPropertyDescription("301/308 permanent, 302/307 temporary (default)")
                    Optional<Integer> forwardHttpCode,
            Optional<Boolean> preservePath,
            Optional<Integer> certificateId,
            Optional<Boolean> sslForced,
            Optional<Boolean> http2Support,
            Optional<Boolean> hstsEnabled,
            Optional<Boolean> hstsSubdomains,
            Optional<Boolean> blockExploits,
            Optional<String> advancedConfig,
            @Unadvertised @Default("false") boolean confirm,
            Optional<String> instanceName) {

        Input {
            InputChecks.id("redirect_id", redirectId);
            forwardHttpCode.ifPresent(code -> {
                if (code < 300 || code > 308) {
                    throw new IllegalArgumentException("forward_http_code must be between 300 and 308 (301 or 308"
                            + " permanent, 302 or 307 temporary), was " + code);
                }
            });
            InputChecks.reference("certificate_id", certificateId);
            InputChecks.notBlank("forward_domain_name", forwardDomainName);
            forwardDomainName.ifPresent(target -> {
                if (target.contains("://")) {
                    throw new IllegalArgumentException("forward_domain_name takes no scheme: pass '"
                            + target.substring(target.indexOf("://") + 3) + "' and set forward_scheme instead");
                }
            });
            InputChecks.domains(domainNames);
        }
    }

    record Result(
            String instance,
            String operation,
            int redirectId,
            boolean changed,
            String message,
            RedirectionView redirection,
            List<String> notes) {}

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        RedirectionHostApi api = new RedirectionHostApi(target.client());
        HostWrites<RedirectionHost, RedirectionView, Result> writes = new HostWrites<>(target, NAMES,
                HostWrites.Calls.of(api, RedirectionHost::id),
                RedirectionView::of, host -> String.join(", ", host.domainNames()),
                view -> HostNotes.hostRefused(view.domainNames(), view.nginxErr(), NAMES.manageTool()), Result::new);
        return writes.perform(context, input.operation(), input.redirectId(), input.confirm(),
                () -> create(writes, api, input), id -> update(writes, api, id, input));
    }

    private static Result create(HostWrites<RedirectionHost, RedirectionView, Result> writes,
            RedirectionHostApi api, Input input) {
        List<String> domains = HostNotes.normalized(input.domainNames().orElseThrow(() -> missing("domain_names")));
        String forwardTo = input.forwardDomainName().map(String::strip).orElseThrow(() -> missing(
                "forward_domain_name"));
        RedirectionHostCreate.Builder create = RedirectionHostCreate.builder(domains,
                input.forwardScheme().orElse(Scheme.AUTO).wire(),
                input.forwardHttpCode().orElse(DEFAULT_HTTP_CODE), forwardTo);
        List<String> notes = ssl(input).create(writes.target(), domains, create);
        input.preservePath().ifPresent(create::preservePath);
        input.blockExploits().ifPresent(create::blockExploits);
        input.advancedConfig().ifPresent(create::advancedConfig);
        RedirectionHost created = api.create(create.build());
        return writes.written("create", created.id(), "Created redirection #" + created.id() + ": "
                + String.join(", ", domains) + " -> " + forwardTo + writes.where() + ".", notes);
    }

    private static Result update(HostWrites<RedirectionHost, RedirectionView, Result> writes,
            RedirectionHostApi api, int id, Input input) {
        RedirectionHost current = api.get(id, Set.of());
        RedirectionHostUpdate.Builder update = RedirectionHostUpdate.builder();
        FieldChanges changes = new FieldChanges();
        List<String> notes = new ArrayList<>();
        List<String> domains = SslRequest.compareDomains(input.domainNames(), current.domainNames(),
                update::domainNames, changes);
        changes.compare(input.forwardScheme().map(Scheme::wire), current.forwardScheme(), "forward_scheme",
                update::forwardScheme);
        changes.compare(input.forwardDomainName().map(String::strip), current.forwardDomainName(),
                "forward_domain_name", update::forwardDomainName);
        changes.compare(input.forwardHttpCode(), current.forwardHttpCode(), "forward_http_code",
                update::forwardHttpCode);
        changes.compare(input.preservePath(), current.preservePath(), "preserve_path", update::preservePath);
        SslRequest ssl = ssl(input);
        ssl.compareFlags(current, update, changes);
        changes.compare(input.blockExploits(), current.blockExploits(), "block_exploits", update::blockExploits);
        changes.compare(input.advancedConfig(), current.advancedConfig(), "advanced_config", update::advancedConfig);
        ssl.compareCertificate(writes.target(), current, domains, update, changes, notes);
        return writes.update(id, current, changes, () -> api.update(id, update.build()), notes);
    }

    private static SslRequest ssl(Input input) {
        return new SslRequest(input.certificateId(), input.sslForced(), input.http2Support(), input.hstsEnabled(),
                input.hstsSubdomains());
    }

    private static ToolFailure missing(String parameter) {
        return new ToolFailure("create needs " + parameter + ".",
                "Pass domain_names and forward_domain_name (and optionally forward_scheme, forward_http_code) to"
                        + " create a redirection.");
    }

    @Override
    public Optional<String> render(Result result) {
        return Optional.of(HostNotes.render(result.message(), result.redirection().line(), result.notes()));
    }
}
