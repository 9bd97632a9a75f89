package dev.npmmcp.instance;

/** An instance's configuration together with where it came from. */
public record ConfiguredInstance(InstanceSpec spec, InstanceSource source) {

    public String name() {
        return spec.name();
    }
}
