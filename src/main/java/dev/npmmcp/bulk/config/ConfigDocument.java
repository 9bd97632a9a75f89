package dev.npmmcp.bulk.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An NPM instance's configuration, portable to another instance: objects refer to each other by natural keys
 * (certificates by domain names, access lists by name), never by ids. A section that is absent was not exported, and
 * an import leaves that kind alone, even with strategy replace; an empty section means "none".
 *
 * <p>Version 1. Certificates are references only (never files or keys) and access-list passwords are not included.
 */
@JsonPropertyOrder({"format", "version", "exported_at", "source", "notes", "certificates", "access_lists",
        "proxy_hosts", "redirection_hosts", "dead_hosts", "streams", "settings"})
public record ConfigDocument(
        String format,
        int version,
        String exportedAt,
        ConfigSource source,
        List<String> notes,
        Optional<List<CertificateEntry>> certificates,
        Optional<List<AccessListEntry>> accessLists,
        Optional<List<ProxyHostEntry>> proxyHosts,
        Optional<List<RedirectionHostEntry>> redirectionHosts,
        Optional<List<DeadHostEntry>> deadHosts,
        Optional<List<StreamEntry>> streams,
        Optional<List<SettingEntry>> settings) {

    public static final String FORMAT = "npm-mcp-config";
    public static final int VERSION = 1;

    public ConfigDocument {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("format must be \"" + FORMAT + "\" (a document made by"
                    + " npm_bulk_operations export_config), was " + (format == null ? "missing" : "\"" + format + "\""));
        }
        if (version < 1 || version > VERSION) {
            throw new IllegalArgumentException("version " + version + " is not supported; this server reads version "
                    + VERSION + (version > VERSION ? " (the document comes from a newer npm-mcp)" : ""));
        }
        exportedAt = Objects.requireNonNullElse(exportedAt, "");
        source = Objects.requireNonNullElse(source, new ConfigSource("", ""));
        notes = notes == null ? List.of() : List.copyOf(notes);
        certificates = copy(certificates);
        accessLists = copy(accessLists);
        proxyHosts = copy(proxyHosts);
        redirectionHosts = copy(redirectionHosts);
        deadHosts = copy(deadHosts);
        streams = copy(streams);
        settings = copy(settings);
    }

    private static <T> Optional<List<T>> copy(Optional<List<T>> section) {
        return Objects.requireNonNullElse(section, Optional.<List<T>>empty()).map(List::copyOf);
    }

    /** The section of one kind; empty when the document does not carry that kind. */
    public Optional<List<? extends ConfigEntry>> section(ResourceType type) {
        return switch (type) {
            case CERTIFICATE -> certificates.map(l -> l);
            case ACCESS_LIST -> accessLists.map(l -> l);
            case PROXY_HOST -> proxyHosts.map(l -> l);
            case REDIRECTION_HOST -> redirectionHosts.map(l -> l);
            case DEAD_HOST -> deadHosts.map(l -> l);
            case STREAM -> streams.map(l -> l);
            case SETTING -> settings.map(l -> l);
        };
    }

    /** The same document with only the sections of {@code types}. */
    public ConfigDocument only(Set<ResourceType> types) {
        return new ConfigDocument(format, version, exportedAt, source, notes,
                keep(types, ResourceType.CERTIFICATE, certificates), keep(types, ResourceType.ACCESS_LIST, accessLists),
                keep(types, ResourceType.PROXY_HOST, proxyHosts),
                keep(types, ResourceType.REDIRECTION_HOST, redirectionHosts),
                keep(types, ResourceType.DEAD_HOST, deadHosts), keep(types, ResourceType.STREAM, streams),
                keep(types, ResourceType.SETTING, settings));
    }

    private static <T> Optional<List<T>> keep(Set<ResourceType> types, ResourceType type, Optional<List<T>> section) {
        return types.contains(type) ? section : Optional.empty();
    }

    /** Every entry, kinds in dependency order. */
    @JsonIgnore
    public List<ConfigEntry> entries() {
        List<ConfigEntry> all = new ArrayList<>();
        for (ResourceType type : ResourceType.values()) {
            section(type).ifPresent(all::addAll);
        }
        return List.copyOf(all);
    }

    /** The kinds this document carries. */
    @JsonIgnore
    public List<ResourceType> resourceTypes() {
        return Arrays.stream(ResourceType.values()).filter(t -> section(t).isPresent()).toList();
    }
}
