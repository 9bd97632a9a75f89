package dev.npmmcp.bulk.config;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Makes a {@link ConfigDocument} of what an instance holds. */
public final class ConfigExporter {

    private ConfigExporter() {}

    /** The document of {@code state}, with only the sections of {@code types} (all of them when empty). */
    public static ConfigDocument export(InstanceState state, Set<ResourceType> types, Instant now) {
        Set<ResourceType> wanted = types.isEmpty() ? Set.of(ResourceType.values()) : types;
        List<String> notes = new ArrayList<>();
        notes.add("Objects refer to each other by natural keys: certificate_domains names the certificate covering"
                + " exactly those domains, access_list names an access list; hosts are identified by their domain"
                + " names, streams by incoming port and protocols.");
        if (wanted.contains(ResourceType.CERTIFICATE)) {
            notes.add("certificates are references (name, provider, domains), never files or keys: an import finds"
                    + " them on the target by domain names and never creates them.");
        }
        if (wanted.contains(ResourceType.ACCESS_LIST)) {
            notes.add("Access-list passwords are not exported (NPM never returns them): items have no password."
                    + " Users the target lacks need a password filled in before import; existing users keep"
                    + " theirs.");
        }
        notes.addAll(state.notes());
        return new ConfigDocument(ConfigDocument.FORMAT, ConfigDocument.VERSION,
                now.truncatedTo(ChronoUnit.SECONDS).toString(),
                new ConfigSource(state.instance(), state.npmVersion()), notes,
                section(wanted, ResourceType.CERTIFICATE, state.certificates()),
                section(wanted, ResourceType.ACCESS_LIST, state.accessLists()),
                section(wanted, ResourceType.PROXY_HOST, state.proxyHosts()),
                section(wanted, ResourceType.REDIRECTION_HOST, state.redirectionHosts()),
                section(wanted, ResourceType.DEAD_HOST, state.deadHosts()),
                section(wanted, ResourceType.STREAM, state.streams()),
                section(wanted, ResourceType.SETTING, state.settings()));
    }

    private static <E extends ConfigEntry> Optional<List<E>> section(
            Set<ResourceType> wanted, ResourceType type, List<Existing<E>> existing) {
        if (!wanted.contains(type)) {
            return Optional.empty();
        }
        return Optional.of(existing.stream().map(Existing::entry).toList());
    }
}
