package dev.npmmcp.bulk.config;

/** How an object is named to a person: by what identifies it, never by an id that differs between instances. */
public final class Labels {

    private Labels() {}

    public static String of(ConfigEntry entry) {
        return switch (entry) {
            case CertificateEntry c -> c.niceName().isBlank() || c.niceName().equals(String.join(", ", c.domainNames()))
                    ? String.join(", ", c.domainNames())
                    : c.niceName() + " (" + String.join(", ", c.domainNames()) + ")";
            case AccessListEntry a -> a.name();
            case ProxyHostEntry p -> String.join(", ", p.domainNames());
            case RedirectionHostEntry r -> String.join(", ", r.domainNames());
            case DeadHostEntry d -> String.join(", ", d.domainNames());
            case StreamEntry s -> s.key() + " -> " + s.forwardingHost() + ":" + s.forwardingPort();
            case SettingEntry s -> s.id();
        };
    }
}
