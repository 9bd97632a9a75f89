package dev.npmmcp.instance;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@link InstanceConfigLoader} found: the instances in the order they were defined (file first, then
 * {@code NPM_INSTANCES}, then {@code NPM_URL}), the settings, and the file that changes are saved to.
 *
 * @param file the instances file that was read, or would be created by the first saved change
 * @param warnings what is odd but usable (an unknown key, a missing file), for {@code npm_validate_instance_config}
 * @param exposedSecrets set when the file holds secrets in plain text and other users can read it: the warning, with
 *     the fix, that {@code serve} logs (and {@code serve --strict} refuses to start with); also among the warnings
 */
public record InstanceConfig(
        List<ConfiguredInstance> instances,
        InstanceSettings settings,
        Path file,
        List<String> warnings,
        Optional<String> exposedSecrets) {

    public InstanceConfig {
        instances = List.copyOf(instances);
        warnings = List.copyOf(warnings);
    }

    public Optional<ConfiguredInstance> instance(String name) {
        return instances.stream().filter(i -> i.name().equals(name)).findFirst();
    }
}
