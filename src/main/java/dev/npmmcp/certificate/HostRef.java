package dev.npmmcp.certificate;


/** A host or stream that points at a certificate through its {@code certificate_id}. */
public record HostRef(
        String type,
        int id,
        String name,
        boolean enabled) {

    @Override
    public String toString() {
        return type.replace('_', ' ') + " #" + id + " (" + name + ")";
    }
}
