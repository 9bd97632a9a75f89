package dev.npmmcp.bulk.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One object of a configuration document. Objects are named by natural keys (domain names, list names, ports), never
 * by ids, so a document describes the same setup on any instance.
 */
public sealed interface ConfigEntry
        permits CertificateEntry, AccessListEntry, HttpHostEntry, StreamEntry, SettingEntry {

    ResourceType type();

    /** The natural key: equal keys on two instances mean the same object. */
    String key();

    /** The certificate this object uses, by its domain names; empty when it has none. */
    default Optional<List<String>> certificateReference() {
        return Optional.empty();
    }

    /** The access list this object uses, by name; empty when it has none. */
    default Optional<String> accessListReference() {
        return Optional.empty();
    }

    /** Domain names lower-cased, without duplicates, sorted: the key of hosts and certificates. */
    static List<String> normalizedDomains(List<String> domains) {
        return domains.stream()
                .map(d -> d.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .sorted()
                .toList();
    }

    static String domainKey(List<String> domains) {
        return normalizedDomains(domains).stream().collect(Collectors.joining(","));
    }
}
