package dev.npmmcp.stream;

import dev.npmmcp.npm.CertificateSummary;
import dev.npmmcp.npm.NginxMeta;
import dev.npmmcp.npm.NpmOwner;
import java.util.Objects;
import java.util.Optional;

/**
 * A TCP/UDP stream as NPM answers it. {@code certificate_id} is 0 before NPM 2.12 (no TLS streams there); a second
 * stream on a used port is accepted and shows as {@code meta.nginx_online: false}.
 */
public record Stream(
        int id,
        String createdOn,
        String modifiedOn,
        int ownerUserId,
        int incomingPort,
        String forwardingHost,
        int forwardingPort,
        boolean tcpForwarding,
        boolean udpForwarding,
        boolean enabled,
        int certificateId,
        NginxMeta meta,
        Optional<NpmOwner> owner,
        Optional<CertificateSummary> certificate) {

    public Stream {
        createdOn = Objects.requireNonNullElse(createdOn, "");
        modifiedOn = Objects.requireNonNullElse(modifiedOn, "");
        forwardingHost = Objects.requireNonNullElse(forwardingHost, "");
        meta = Objects.requireNonNullElse(meta, NginxMeta.unknown()).whileEnabled(enabled);
        owner = Objects.requireNonNullElse(owner, Optional.empty());
        certificate = Objects.requireNonNullElse(certificate, Optional.empty());
    }
}
