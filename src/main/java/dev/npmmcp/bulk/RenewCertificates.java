package dev.npmmcp.bulk;

import dev.npmmcp.bulk.config.Action;
import dev.npmmcp.bulk.config.Batches;
import dev.npmmcp.bulk.config.ItemOutcome;
import dev.npmmcp.bulk.config.ResourceType;
import dev.npmmcp.bulk.config.Status;
import dev.npmmcp.certificate.Certificate;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.npm.NpmTimes;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.ToolContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** renew_certificates: the given ids, or every Let's Encrypt certificate expiring soon. */
final class RenewCertificates {

    static final int DEFAULT_DAYS = 30;

    private RenewCertificates() {}

    static BulkOperationsTool.Result run(ToolContext context, InstanceTarget target, BulkOperationsTool.Input input) {
        CertificateApi api = new CertificateApi(target.client());
        List<Certificate> all = api.list(Optional.empty(), Set.of());
        List<ItemOutcome> items = new ArrayList<>();
        List<Certificate> toRenew = new ArrayList<>();
        String selection;
        if (input.certIds().isPresent()) {
            Map<Integer, Certificate> byId = all.stream().collect(Collectors.toMap(Certificate::id, Function.identity()));
            for (int id : input.certIds().get().stream().distinct().toList()) {
                Certificate certificate = byId.get(id);
                if (certificate == null) {
                    items.add(ItemOutcome.of(ResourceType.CERTIFICATE, "#" + id, Optional.of(id), Action.NONE,
                            Status.SKIPPED).withReason("No certificate #" + id + " on instance '" + target.name()
                            + "' (npm_list_certificates lists them)."));
                } else {
                    select(certificate, items, toRenew);
                }
            }
            selection = "the " + input.certIds().get().size() + " given certificate(s)";
        } else {
            int days = input.expiringWithinDays().orElse(DEFAULT_DAYS);
            Instant limit = Instant.now().plus(Duration.ofDays(days));
            all.stream()
                    .filter(c -> NpmTimes.parse(c.expiresOn()).map(e -> e.isBefore(limit)).orElse(false))
                    .sorted(Comparator.comparing(Certificate::expiresOn))
                    .forEach(c -> select(c, items, toRenew));
            selection = "certificates expiring within " + days + " days";
        }
        String where = " on instance '" + target.name() + "'";
        if (input.dryRun() || toRenew.isEmpty()) {
            String message = toRenew.isEmpty()
                    ? "No Let's Encrypt certificate to renew among " + selection + where + "; nothing was changed."
                    : "Would renew " + toRenew.size() + " Let's Encrypt certificate(s) among " + selection + where
                            + ". Nothing was changed (dry run); call again with dry_run=false to renew.";
            return BulkOperationsTool.Result.of(target, input, input.dryRun(), message, items, List.of());
        }
        context.requireWritable("renew " + toRenew.size() + " certificate(s)" + where);
        // One at a time whatever batch_size says: NPM runs certbot per renewal, and concurrent runs collide.
        Batches batches = new Batches(1, input.continueOnError())
                .reporting(context.progress(), toRenew.size(), "Renewed ");
        List<Batches.Task> tasks = toRenew.stream()
                .map(c -> new Batches.Task(planned(c), () -> {
                    Certificate renewed = api.renew(c.id());
                    return ItemOutcome.of(ResourceType.CERTIFICATE, label(c), Optional.of(c.id()), Action.RENEW,
                            Status.DONE).withReason("Now expires " + renewed.expiresOn() + " (was " + c.expiresOn()
                            + ").");
                }))
                .toList();
        List<ItemOutcome> renewed = batches.run(tasks);
        List<ItemOutcome> outcomes = new ArrayList<>(items.stream()
                .filter(i -> i.status() != Status.PLANNED)
                .toList());
        outcomes.addAll(renewed);
        long done = renewed.stream().filter(o -> o.status() == Status.DONE).count();
        return BulkOperationsTool.Result.of(target, input, false, "Renewed " + done + " of " + toRenew.size()
                + " Let's Encrypt certificate(s) among " + selection + where + ".", outcomes, List.of());
    }

    private static void select(Certificate certificate, List<ItemOutcome> items, List<Certificate> toRenew) {
        if (certificate.provider().equals("letsencrypt")) {
            toRenew.add(certificate);
            items.add(planned(certificate));
        } else {
            items.add(ItemOutcome.of(ResourceType.CERTIFICATE, label(certificate), Optional.of(certificate.id()),
                    Action.NONE, Status.SKIPPED).withReason("A custom certificate (expires " + certificate.expiresOn()
                    + "): NPM renews only Let's Encrypt ones. Get new files from its issuer and upload them with"
                    + " npm_manage_certificate operation=upload."));
        }
    }

    private static ItemOutcome planned(Certificate certificate) {
        return ItemOutcome.of(ResourceType.CERTIFICATE, label(certificate), Optional.of(certificate.id()),
                Action.RENEW, Status.PLANNED).withReason("Expires " + certificate.expiresOn() + ".");
    }

    private static String label(Certificate certificate) {
        String domains = String.join(", ", certificate.domainNames());
        return certificate.niceName().isBlank() || certificate.niceName().equals(domains)
                ? domains : certificate.niceName() + " (" + domains + ")";
    }
}
