package dev.npmmcp.simulator;

import java.util.Optional;
import java.util.Set;

/**
 * A stand-in for {@code nginx -t} on the snippets users write into {@code advanced_config}: every statement must start
 * with a directive nginx knows. NPM does not fail the request on a bad snippet; the failure shows up in
 * {@code meta.nginx_online/nginx_err}, which is what this feeds.
 */
final class NginxCheck {

    private static final Set<String> DIRECTIVES = Set.of(
            "access_log", "add_header", "alias", "allow", "auth_basic", "auth_basic_user_file", "auth_request",
            "auth_request_set", "autoindex", "break", "charset", "chunked_transfer_encoding", "client_body_buffer_size",
            "client_body_timeout", "client_header_timeout", "client_max_body_size", "default_type", "deny",
            "error_log", "error_page", "etag", "expires", "fastcgi_param", "fastcgi_pass", "gzip", "gzip_comp_level",
            "gzip_min_length", "gzip_proxied", "gzip_types", "gzip_vary", "if", "include", "index", "internal",
            "keepalive_timeout", "large_client_header_buffers", "limit_conn", "limit_rate", "limit_req", "location",
            "log_not_found", "more_set_headers", "proxy_buffer_size", "proxy_buffering", "proxy_buffers",
            "proxy_busy_buffers_size", "proxy_cache", "proxy_cache_bypass", "proxy_cache_valid", "proxy_connect_timeout",
            "proxy_cookie_path", "proxy_hide_header", "proxy_http_version", "proxy_ignore_headers",
            "proxy_intercept_errors", "proxy_max_temp_file_size", "proxy_next_upstream", "proxy_pass",
            "proxy_pass_header", "proxy_read_timeout", "proxy_redirect", "proxy_request_buffering",
            "proxy_send_timeout", "proxy_set_header", "proxy_ssl_server_name", "proxy_ssl_verify", "real_ip_header",
            "real_ip_recursive", "resolver", "return", "rewrite", "root", "satisfy", "send_timeout",
            "server_tokens", "set", "set_real_ip_from", "ssl_protocols", "sub_filter", "sub_filter_once",
            "sub_filter_types", "try_files", "underscores_in_headers", "uwsgi_pass");

    private NginxCheck() {}

    /** The directive nginx would reject, if any. */
    static Optional<String> unknownDirective(String config) {
        StringBuilder cleaned = new StringBuilder();
        for (String line : config.split("\n", -1)) {
            int hash = line.indexOf('#');
            cleaned.append(hash >= 0 ? line.substring(0, hash) : line).append('\n');
        }
        for (String statement : cleaned.toString().split("[;{}]")) {
            String trimmed = statement.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String directive = trimmed.split("\\s+")[0];
            if (!DIRECTIVES.contains(directive)) {
                return Optional.of(directive);
            }
        }
        return Optional.empty();
    }

    /** nginx's own words, for {@code meta.nginx_err}. */
    static String error(String directive, String confDir, int id, int line) {
        return "nginx: [emerg] unknown directive \"" + directive + "\" in /data/nginx/" + confDir + "/" + id + ".conf:"
                + line + "\nnginx: configuration file /etc/nginx/nginx.conf test failed\n";
    }
}
