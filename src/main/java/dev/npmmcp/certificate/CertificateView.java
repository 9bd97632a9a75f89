package dev.npmmcp.certificate;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.npmmcp.npm.NpmTimes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A certificate as the tools show it: no PEM text, no key, no DNS credentials; with days left and its users. */
public record CertificateView(
        int id,
        String niceName,
        String provider,
        List<String> domainNames,
        String expiresOn,
        Optional<Long> daysLeft,
        Status status,
        Optional<Boolean> dnsChallenge,
        Optional<String> dnsProvider,
        Optional<String> keyType,
        List<HostRef> usedBy) {

    public enum Status {
        @JsonProperty("valid")
        VALID,
        @JsonProperty("expiring_soon")
        EXPIRING_SOON,
        @JsonProperty("expired")
        EXPIRED,
        @JsonProperty("no_files")
        NO_FILES
    }

    public CertificateView {
        domainNames = List.copyOf(domainNames);
        usedBy = List.copyOf(usedBy);
    }

    static CertificateView of(Certificate certificate, Instant now, int thresholdDays, List<HostRef> usedBy) {
        String provider = providerName(certificate.provider());
        boolean noFiles = provider.equals("custom") && certificate.meta().certificate().isEmpty();
        Optional<Long> daysLeft = noFiles
                ? Optional.empty()
                : NpmTimes.parse(certificate.expiresOn()).map(expiry -> daysBetween(now, expiry));
        Status status;
        if (noFiles) {
            status = Status.NO_FILES;
        } else if (daysLeft.isPresent() && daysLeft.get() < 0) {
            status = Status.EXPIRED;
        } else if (daysLeft.isPresent() && daysLeft.get() <= thresholdDays) {
            status = Status.EXPIRING_SOON;
        } else {
            status = Status.VALID;
        }
        CertificateMeta meta = certificate.meta();
        return new CertificateView(certificate.id(), certificate.niceName(), provider, certificate.domainNames(),
                certificate.expiresOn(), daysLeft, status, meta.dnsChallenge(), meta.dnsProvider().filter(p -> !p.isBlank()),
                meta.keyType(), usedBy);
    }

    /** Floor of the days left, so a certificate expiring in 12 hours has 0 days and one expired an hour ago -1. */
    static long daysBetween(Instant now, Instant expiry) {
        return Math.floorDiv(Duration.between(now, expiry).toSeconds(), Duration.ofDays(1).toSeconds());
    }

    static String providerName(String npmProvider) {
        return npmProvider.equals("other") ? "custom" : npmProvider;
    }

    String summary() {
        String days = switch (status) {
            case NO_FILES -> "no files uploaded";
            case EXPIRED -> "expired " + -daysLeft.orElse(0L) + " days ago";
            case VALID, EXPIRING_SOON -> daysLeft.map(d -> d + " days left").orElse("expiry unknown");
        };
        String users = usedBy.isEmpty() ? "unused" : "used by " + usedBy.size() + " host(s)";
        return "#" + id + " " + niceName + " [" + provider + "] " + String.join(", ", domainNames) + " — " + days
                + (status == Status.EXPIRING_SOON ? " (expiring soon)" : "") + ", " + users;
    }
}
