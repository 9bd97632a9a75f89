package dev.npmmcp.instance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A second process for {@link InstanceConfigFileTest}: adds {@code count} instances named {@code prefix-N}. */
final class ConfigWriterProcess {

    private ConfigWriterProcess() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        InstanceConfigFile config = new InstanceConfigLoader(Map.of(), file.getParent()).file(file);
        for (int i = 0; i < count; i++) {
            config.apply(new ConfigChange.PutInstance(InstanceSpecs.withToken(prefix + "-" + i)));
        }
    }

    /** Runs {@link #main} in a new JVM with this test run's class path. */
    static List<String> command(Path file, String prefix, int count) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-cp", System.getProperty("java.class.path"), ConfigWriterProcess.class.getName(),
                file.toString(), prefix, Integer.toString(count));
    }
}
