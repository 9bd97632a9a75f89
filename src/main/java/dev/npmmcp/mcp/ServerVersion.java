package dev.npmmcp.mcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven filtered into npm-mcp-version.properties: reported in serverInfo and by --version. */
public final class ServerVersion {

    private ServerVersion() {}

    public static String current() {
        try (InputStream in = ServerVersion.class.getResourceAsStream("/npm-mcp-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("npm-mcp-version.properties is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read npm-mcp-version.properties", e);
        }
    }
}
