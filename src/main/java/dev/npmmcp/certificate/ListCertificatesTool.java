package dev.npmmcp.certificate;

import dev.npmmcp.tool.HostListing;
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

/** {@code npm_list_certificates}: certificates with days left and the hosts that use each. */
public final class ListCertificatesTool extends Tool<ListCertificatesTool.Input, ListCertificatesTool.Result> {

    public ListCertificatesTool() {
        super(new ToolSpec<>(
                "npm_list_certificates",
                "Certificates with expiry, status and the hosts using each.",
                Category.CERTIFICATE,
                ToolHints.reading(),
                Input.class,
                Result.class));
    }

    public record Input(
            Optional<String> instanceName,
            Optional<Boolean> expiringSoon,
            @Default("30") int daysThreshold,
            Optional<CertificateProvider> provider,
            Optional<String> domain) {

        public Input {
            if (daysThreshold < 0) {
                throw new IllegalArgumentException("days_threshold must be 0 or more, not " + daysThreshold);
            }
        }
    }

    public record Result(
            String instance,
            List<CertificateView> certificates,
            int total,
            int expiringOrExpired,
            List<String> uncheckedHostTypes) {}

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
        return Optional.of(HostListing.render(output.certificates().size() + " of " + output.total()
                + " certificate(s) on instance '" + output.instance() + "', " + output.expiringOrExpired()
                + " expired or expiring soon", output.certificates().stream().map(CertificateView::summary).toList(),
                List.of()));
    }
}
