package dev.npmmcp.certificate;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code npm_list_certificates}: certificates with days left and the hosts that use each. */
public final class ListCertificatesTool implements Tool<ListCertificatesTool.Input, ListCertificatesTool.Result> {

    public record Input(
            @JsonPropertyDescription("The NPM instance; default: the selected, else the default, else the first")
                    Optional<String> instanceName,
            @JsonPropertyDescription("true: only certificates expiring within days_threshold days, or already"
                            + " expired")
                    Optional<Boolean> expiringSoon,
            @JsonPropertyDescription("How many days ahead counts as expiring soon") @Default("30") int daysThreshold,
            @JsonPropertyDescription("Only certificates of this provider") Optional<CertificateProvider> provider,
            @JsonPropertyDescription("Only certificates covering this domain (exactly or by wildcard), or whose"
                            + " names contain this text")
                    Optional<String> domain) {

        public Input {
            if (daysThreshold < 0) {
                throw new IllegalArgumentException("days_threshold must be 0 or more, not " + daysThreshold);
            }
        }
    }

    public record Result(
            @JsonPropertyDescription("The instance that answered") String instance,
            @JsonPropertyDescription("The matching certificates, soonest expiry first") List<CertificateView> certificates,
            @JsonPropertyDescription("How many certificates the instance has, before filtering") int total,
            @JsonPropertyDescription("How many of all certificates are expired or expire within days_threshold days")
                    int expiringOrExpired,
            @JsonPropertyDescription("Host kinds this login may not read: their use of certificates is not shown")
                    List<String> uncheckedHostTypes) {}

    private static final ToolSpec<ListCertificatesTool.Input, ListCertificatesTool.Result> SPEC = new ToolSpec<>(
            "npm_list_certificates",
            "Lists the SSL certificates of an NPM instance: Let's Encrypt and custom (uploaded) ones, with the"
                    + " domains each covers, its expiry and whole days left, a status (valid, expiring_soon, expired,"
                    + " no_files) and which proxy hosts, redirection hosts, 404 hosts and streams use it. Use it to find"
                    + " a certificate id for a host, to see what needs renewing (expiring_soon=true, days_threshold), or"
                    + " what a delete would break. Changes nothing; never shows certificate files, private keys or DNS"
                    + " credentials (npm_manage_certificate operation=download gives the files).",
            Category.CERTIFICATE,
            ToolHints.reading(),
            Input.class,
            Result.class);

    @Override
    public ToolSpec<ListCertificatesTool.Input, ListCertificatesTool.Result> spec() {
        return SPEC;
    }

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        CertificateApi api = new CertificateApi(target.client());
        List<Certificate> certificates = api.list(Optional.empty(), Set.of());
        CertificateUsage usage = CertificateUsage.scan(target.client());
        Instant now = Instant.now();
        List<CertificateView> all = certificates.stream()
                .map(c -> CertificateView.of(c, now, input.daysThreshold(), usage.of(c.id())))
                .toList();
        Optional<String> domain = input.domain().map(String::strip).filter(d -> !d.isEmpty());
        List<CertificateView> matching = all.stream()
                .filter(v -> input.provider().map(p -> p.seedName().equals(v.provider())).orElse(true))
                .filter(v -> domain.map(d -> coversOrNames(v, d)).orElse(true))
                .filter(v -> !input.expiringSoon().orElse(false) || expiringOrExpired(v))
                .sorted(Comparator.comparing((CertificateView v) -> v.daysLeft().orElse(Long.MAX_VALUE))
                        .thenComparingInt(CertificateView::id))
                .toList();
        return new Result(target.name(), matching, certificates.size(),
                (int) all.stream().filter(ListCertificatesTool::expiringOrExpired).count(), usage.unchecked());
    }

    private static boolean expiringOrExpired(CertificateView view) {
        return view.status() == CertificateView.Status.EXPIRING_SOON
                || view.status() == CertificateView.Status.EXPIRED;
    }

    private static boolean coversOrNames(CertificateView certificate, String domain) {
        String lower = domain.toLowerCase(Locale.ROOT);
        return certificate.domainNames().stream()
                .anyMatch(name -> DomainNames.covers(name, domain) || name.toLowerCase(Locale.ROOT).contains(lower))
                || certificate.niceName().toLowerCase(Locale.ROOT).contains(lower);
    }

    @Override
    public Optional<String> render(Result output) {
        String header = "Instance '" + output.instance() + "': " + output.certificates().size() + " of "
                + output.total() + " certificate(s), " + output.expiringOrExpired() + " expired or expiring soon.";
        String lines = output.certificates().stream().map(CertificateView::summary).collect(Collectors.joining("\n"));
        return Optional.of(lines.isEmpty() ? header : header + "\n" + lines);
    }
}
