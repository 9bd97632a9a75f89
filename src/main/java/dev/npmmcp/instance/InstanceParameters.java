package dev.npmmcp.instance;

/** Parameter descriptions shared by the tools that take an instance's settings (create, update, validate). */
final class InstanceParameters {

    static final String INSTANCE_NAME = "Name of the NPM instance, as npm_list_instances shows it";
    static final String INSTANCE_NAME_OPTIONAL = "Name of the NPM instance; when left out, the selected instance,"
            + " else the default, else the first configured one";
    static final String HOST = "Host name or IP address of NPM, without scheme or port (e.g. npm.lan, 192.168.1.10)";
    static final String PORT = "Port of NPM's admin interface (default 81; 443 when NPM sits behind an HTTPS proxy)";
    static final String USE_HTTPS = "Reach NPM over HTTPS (default false)";
    static final String VERIFY_SSL = "Verify NPM's TLS certificate (default true); false accepts any certificate,"
            + " only for a self-signed certificate on a trusted network";
    static final String USERNAME = "NPM login (the admin user's email address)";
    static final String PASSWORD = "NPM password; stored by the server, never shown again";
    static final String API_TOKEN = "An NPM API token (JWT) to use instead of username and password; it expires";
    static final String TOTP_SECRET = "Base32 TOTP secret, when the NPM user has two-factor authentication on";
    static final String CA_CERT = "Path of a PEM file with the CA that signed NPM's certificate (with use_https)";
    static final String DESCRIPTION = "Free text describing the instance";
    static final String TAGS = "Labels for filtering with npm_list_instances, e.g. [homelab, prod]";
    static final String TIMEOUT = "Request timeout in seconds (default 30, or the settings' default_timeout)";
    static final String PERSIST = "Also save the change to the instances file (default false: this session only)."
            + " Instances defined by environment variables cannot be saved";
    static final String CONFIG_FILE = "Instances file to save to, instead of the one the server read"
            + " (NPM_MCP_CONFIG or ~/.npm-mcp/instances.yaml)";

    private InstanceParameters() {}
}
