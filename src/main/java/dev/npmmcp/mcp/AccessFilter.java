package dev.npmmcp.mcp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Puts {@link HttpAccessPolicy} in front of every servlet. */
final class AccessFilter extends HttpFilter {

    private final transient HttpAccessPolicy policy;

    AccessFilter(HttpAccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        HttpAccessPolicy.Decision decision = policy.check(
                path,
                Optional.ofNullable(request.getHeader("Origin")),
                Optional.ofNullable(request.getHeader("Authorization")));
        switch (decision) {
            case HttpAccessPolicy.Decision.Allow allow -> chain.doFilter(request, response);
            case HttpAccessPolicy.Decision.Deny(int status, String reason) -> {
                response.setStatus(status);
                if (status == HttpServletResponse.SC_UNAUTHORIZED) {
                    response.setHeader("WWW-Authenticate", "Bearer realm=\"npm-mcp\"");
                }
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"error\":\"" + reason.replace("\"", "'") + "\"}");
            }
        }
    }
}
