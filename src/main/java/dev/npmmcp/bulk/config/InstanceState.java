package dev.npmmcp.bulk.config;

import dev.npmmcp.npm.NpmCapabilities;
import dev.npmmcp.tool.InstanceTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything an instance holds that a configuration document can describe, in portable form and with each object's
 * id there. Read whole, because planning needs every host kind (NPM keeps domain names unique across them) and
 * every certificate and access list (to resolve references).
 *
 * @param notes what could not be expressed portably (e.g. a host pointing at a certificate that no longer exists)
 */
public record InstanceState(
        String instance,
        String npmVersion,
        NpmCapabilities capabilities,
        List<Existing<CertificateEntry>> certificates,
        List<Existing<AccessListEntry>> accessLists,
        List<Existing<ProxyHostEntry>> proxyHosts,
        List<Existing<RedirectionHostEntry>> redirectionHosts,
        List<Existing<DeadHostEntry>> deadHosts,
        List<Existing<StreamEntry>> streams,
        List<Existing<SettingEntry>> settings,
        List<String> notes) {

    public InstanceState {
        certificates = List.copyOf(certificates);
        accessLists = List.copyOf(accessLists);
        proxyHosts = List.copyOf(proxyHosts);
        redirectionHosts = List.copyOf(redirectionHosts);
        deadHosts = List.copyOf(deadHosts);
        streams = List.copyOf(streams);
        settings = List.copyOf(settings);
        notes = List.copyOf(notes);
    }

    /** Reads the instance (one list request per kind). */
    public static InstanceState read(InstanceTarget target) {
        return new InstanceReader(target).read();
    }

    public List<Existing<? extends ConfigEntry>> of(ResourceType type) {
        return switch (type) {
            case CERTIFICATE -> List.copyOf(certificates);
            case ACCESS_LIST -> List.copyOf(accessLists);
            case PROXY_HOST -> List.copyOf(proxyHosts);
            case REDIRECTION_HOST -> List.copyOf(redirectionHosts);
            case DEAD_HOST -> List.copyOf(deadHosts);
            case STREAM -> List.copyOf(streams);
            case SETTING -> List.copyOf(settings);
        };
    }

    /** All hosts of the three kinds that carry domain names. */
    List<Existing<? extends ConfigEntry>> hosts() {
        List<Existing<? extends ConfigEntry>> hosts = new ArrayList<>(proxyHosts);
        hosts.addAll(redirectionHosts);
        hosts.addAll(deadHosts);
        return hosts;
    }

    public Optional<Existing<? extends ConfigEntry>> find(ResourceType type, String key) {
        return of(type).stream().filter(e -> e.entry().key().equals(key)).findFirst();
    }
}
