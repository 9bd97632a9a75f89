package dev.npmmcp.tool;

import dev.npmmcp.npm.CertificateChoice;
import dev.npmmcp.npm.HostSettingsBuilder;
import dev.npmmcp.npm.HostSslState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The certificate and SSL flags a manage tool was asked for, written alike for 404 and redirection hosts: the
 * certificate must exist (NPM would store a dangling id) and a note says when it leaves domains uncovered.
 *
 * @param certificateId 0 for none
 */
public record SslRequest(
        Optional<Integer> certificateId,
        Optional<Boolean> sslForced,
        Optional<Boolean> http2Support,
        Optional<Boolean> hstsEnabled,
        Optional<Boolean> hstsSubdomains) {

    /** Sets what was asked on a new host; the notes for the user, in a list the caller may add to. */
    public List<String> create(InstanceTarget target, List<String> domains, HostSettingsBuilder<?> create) {
        List<String> notes = new ArrayList<>();
        Optional<Integer> certificate = certificateId.filter(id -> id > 0);
        if (certificate.isPresent()) {
            CertificateReferences.check(target, certificate.get(), domains).ifPresent(notes::add);
            create.certificateId(CertificateChoice.existing(certificate.get()));
        } else if (sslForced.orElse(false) || http2Support.orElse(false) || hstsEnabled.orElse(false)) {
            notes.add("ssl_forced, http2_support and hsts_enabled do nothing without a certificate_id.");
        }
        sslForced.ifPresent(create::sslForced);
        http2Support.ifPresent(create::http2Support);
        hstsEnabled.ifPresent(create::hstsEnabled);
        hstsSubdomains.ifPresent(create::hstsSubdomains);
        return notes;
    }

    /** Sets the flags that differ from the host's. */
    public void compareFlags(HostSslState current, HostSettingsBuilder<?> update, FieldChanges changes) {
        changes.compare(sslForced, current.sslForced(), "ssl_forced", update::sslForced);
        changes.compare(http2Support, current.http2Support(), "http2_support", update::http2Support);
        changes.compare(hstsEnabled, current.hstsEnabled(), "hsts_enabled", update::hstsEnabled);
        changes.compare(hstsSubdomains, current.hstsSubdomains(), "hsts_subdomains", update::hstsSubdomains);
    }

    /** Sets the certificate when it differs from the host's, checked against the domains the host will have. */
    public void compareCertificate(InstanceTarget target, HostSslState current, List<String> domains,
            HostSettingsBuilder<?> update, FieldChanges changes, List<String> notes) {
        Optional<Integer> certificate = certificateId.filter(c -> c != current.certificateId());
        if (certificate.isPresent()) {
            if (certificate.get() > 0) {
                CertificateReferences.check(target, certificate.get(), domains).ifPresent(notes::add);
            }
            update.certificateId(CertificateChoice.ofId(certificate.get()));
            changes.add("certificate_id");
        }
    }

    /** Sets the domains when they differ from the host's as a set; the domains the host will have. */
    public static List<String> compareDomains(Optional<List<String>> wanted, List<String> current,
            Consumer<List<String>> set, FieldChanges changes) {
        Optional<List<String>> domains = wanted.map(HostNotes::normalized);
        if (domains.isPresent() && !Set.copyOf(domains.get()).equals(Set.copyOf(HostNotes.normalized(current)))) {
            set.accept(domains.get());
            changes.add("domain_names");
        }
        return domains.orElse(current);
    }
}
