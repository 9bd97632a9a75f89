package dev.npmmcp.npm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/** Turns NPM's answers and I/O failures into the {@link NpmApiException} family, each with a hint. */
final class NpmErrors {

    private static final int MAX_MESSAGE = 500;

    /** NPM's permission names by collection path; admin-only paths map to "admin". */
    private static final Map<String, String> PERMISSIONS = Map.ofEntries(
            Map.entry("/nginx/proxy-hosts", "proxy_hosts"),
            Map.entry("/nginx/redirection-hosts", "redirection_hosts"),
            Map.entry("/nginx/dead-hosts", "dead_hosts"),
            Map.entry("/nginx/streams", "streams"),
            Map.entry("/nginx/access-lists", "access_lists"),
            Map.entry("/nginx/certificates", "certificates"),
            Map.entry("/users", "admin"),
            Map.entry("/settings", "admin"),
            Map.entry("/audit-log", "admin"),
            Map.entry("/reports", "admin"));

    private static final Set<String> VERSION_GATED = Set.of(
            "loginWith2FA",
            "getUser2faStatus",
            "setupUser2fa",
            "disableUser2fa",
            "enableUser2fa",
            "regenUser2faCodes",
            "testHttpReach",
            "getDNSProviders");

    private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title>(.*?)</title>");
    private static final String BUDGET_HINT = "Check that NPM is up (its container running, nginx in front of it"
            + " answering); a slow NPM can be given longer with settings.call_budget or NPM_MCP_CALL_BUDGET (seconds),"
            + " kept below the minute after which MCP clients give up.";

    private final String instance;
    private final ObjectMapper json;
    private final Secrets secrets;

    NpmErrors(String instance, ObjectMapper json, Secrets secrets) {
        this.instance = instance;
        this.json = json;
        this.secrets = secrets;
    }

    /**
     * NPM's {@code error.message}; for a body that is not NPM's error shape, a short summary: the title of an HTML page
     * (nginx's "502 Bad Gateway"), else the start of the text. An HTML page pasted whole helps nobody.
     */
    String messageOf(String body) {
        return errorNode(body).map(e -> e.path("message").asText("")).orElseGet(() -> summary(body.strip()));
    }

    private static String summary(String body) {
        if (!body.startsWith("<")) {
            return clip(body);
        }
        Matcher title = HTML_TITLE.matcher(body);
        String page = (title.find() ? title.group(1) : body.replaceAll("(?s)<[^>]*>", " "))
                .strip().replaceAll("\\s+", " ");
        return page.isEmpty() ? "an HTML page instead of NPM's JSON" : clip(page) + " (an HTML page, not NPM's JSON)";
    }

    boolean isExpiredToken(int status, String body) {
        return status == 400 && messageOf(body).toLowerCase(Locale.ROOT).contains("token has expired");
    }

    /** NPM's 404 for a missing permission or token names the request path ({@code Not Found - /users}). */
    boolean isPathNotFound(int status, String body) {
        return status == 404 && notFoundSubject(messageOf(body)).startsWith("/");
    }

    NpmApiException fromAnswer(NpmRequest request, int status, String body) {
        String op = request.operationId();
        String message = secrets.scrub(messageOf(body));
        String lower = message.toLowerCase(Locale.ROOT);
        return switch (status) {
            case 400 -> {
                if (lower.contains("token has expired")) {
                    yield new NpmAuthenticationException(instance, op, status, message,
                            "The token expired and logging in again did not help: check the instance's credentials.");
                }
                if (op.equals("requestToken") || op.equals("loginWith2FA") || lower.contains("invalid email or password")) {
                    yield new NpmAuthenticationException(instance, op, status, message, loginHint());
                }
                if (lower.contains("already in use") || lower.contains("is already enabled")
                        || lower.contains("is already disabled")) {
                    yield new NpmConflictException(instance, op, status, message,
                            "The object is already in that state or the value is taken: read the current state"
                                    + " (list or get) and change only what differs.");
                }
                yield new NpmValidationException(instance, op, status, message, validationHint(op, lower));
            }
            case 401 -> new NpmAuthenticationException(instance, op, status, message, loginHint());
            case 403 -> new NpmPermissionException(instance, op, status, message,
                    "NPM refused the action (Permission Denied): it needs an administrator, or NPM forbids it"
                            + " outright (an admin cannot delete itself, the first admin is created only once).");
            case 404 -> notFound(request, message);
            case 429 -> new NpmServerException(instance, op, status, message,
                    "NPM (or a proxy in front of it) is busy and asked to slow down (429 Too Many Requests); a read"
                            + " was retried as long as the call's time budget allowed. Wait a little, then try again.");
            case 502, 503, 504 -> new NpmServerException(instance, op, status, message,
                    "NPM (or a proxy in front of it) is unavailable; the request was retried where that is safe."
                            + " Check that the NPM container is running, then try again.");
            default -> status >= 500
                    ? new NpmServerException(instance, op, status, message, serverHint(request, body))
                    : new NpmProtocolException(instance, op, status, message,
                            "NPM answered with an unexpected status; check that the URL points at NPM's admin port.");
        };
    }

    private NpmApiException notFound(NpmRequest request, String message) {
        String op = request.operationId();
        String subject = notFoundSubject(message);
        if (!subject.startsWith("/")) {
            return new NpmNotFoundException(instance, op, 404, message,
                    "No object with that id: list the objects to find the right id.");
        }
        if (VERSION_GATED.contains(op)) {
            return new NpmUnsupportedException(instance, op, 404, message,
                    "This NPM version has no such route (2FA needs NPM 2.13.6+, POST test-http and dns-providers"
                            + " need 2.13+), or the user lacks the permission. Check the version with the"
                            + " instance test.");
        }
        Optional<String> permission = permissionFor(request.path());
        if (permission.isPresent()) {
            String hint = permission.get().equals("admin")
                    ? "NPM answers 404 for a missing permission: this route needs an administrator account."
                    : "NPM answers 404 for a missing permission: the user may lack '" + permission.get()
                            + "' permission (or only has 'view' for a change).";
            return new NpmPermissionException(instance, op, 404, message, hint);
        }
        return new NpmNotFoundException(instance, op, 404, message,
                "NPM does not know this route: check that the URL points at NPM's admin port (81 by default).");
    }

    /** NPM 2.10 answers a read of an id it does not have with 200 and an empty (or all-null) object. */
    NpmNotFoundException emptyObject(NpmRequest request, String id) {
        return new NpmNotFoundException(instance, request.operationId(), 200, "no object with id " + id
                        + " (NPM answered an empty object, as 2.10 does for an unknown id)",
                "No object with that id: list the objects to find the right id.");
    }

    NpmUnreachableException fromIo(NpmRequest request, IOException e, Duration timeout) {
        return fromIo(request, e, timeout, Optional.empty());
    }

    /** The interrupt of a call the client cancelled: its NPM request was abandoned, and nothing was retried. */
    NpmUnreachableException cancelled(NpmRequest request) {
        return new NpmUnreachableException(instance, request.operationId(), 0, "the call was cancelled",
                "The request to NPM was abandoned; if it was a change, list the objects to see whether it was made.",
                new IOException("interrupted"));
    }

    /** A change that got no answer and could not be checked: whether NPM made it is unknown. */
    NpmUnreachableException unknownFate(NpmRequest request, IOException e, String hint) {
        return new NpmUnreachableException(instance, request.operationId(), 0,
                "no answer (" + secrets.scrub(e.getClass().getSimpleName()) + "); NPM may or may not have done it",
                hint, e);
    }

    /** The call's budget ran out before this request could be sent (or sent again). */
    NpmUnreachableException budgetUsedUp(NpmRequest request, Duration budget) {
        return new NpmUnreachableException(instance, request.operationId(), 0,
                "no time left of the " + budget.toSeconds() + " s budget of this tool call",
                BUDGET_HINT, new IOException("call budget used up"));
    }

    /**
     * @param cutBy the call's budget, when the attempt's timeout was shortened to what was left of it
     */
    NpmUnreachableException fromIo(NpmRequest request, IOException e, Duration timeout, Optional<Duration> cutBy) {
        String op = request.operationId();
        boolean budgetCut = cutBy.isPresent() && e instanceof HttpTimeoutException
                && !(e instanceof HttpConnectTimeoutException);
        String what = budgetCut
                ? "no answer within the " + cutBy.get().toSeconds() + " s budget of this tool call"
                : secrets.scrub(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + clip(e.getMessage())));
        String hint;
        if (e instanceof HttpConnectTimeoutException || e instanceof ConnectException) {
            hint = "Could not connect: check host and port (NPM's admin API is on port 81 by default), that"
                    + " NPM is running, and http vs https.";
        } else if (budgetCut) {
            hint = BUDGET_HINT;
        } else if (e instanceof HttpTimeoutException) {
            hint = "No answer within " + timeout.toSeconds() + "s: check that NPM is up, or raise the timeout.";
        } else if (e instanceof UnknownHostException) {
            hint = "The host name does not resolve: check the host.";
        } else if (hasCause(e, SSLException.class)) {
            hint = "TLS failed: check https vs http and the port; for a self-signed certificate configure the"
                    + " instance's CA certificate, or as a last resort turn verify_ssl off.";
        } else {
            hint = "The connection failed: check host, port and TLS settings, and that NPM is running.";
        }
        return new NpmUnreachableException(instance, op, 0, what, hint, e);
    }

    NpmProtocolException unreadable(NpmRequest request, int status, IOException e) {
        return new NpmProtocolException(instance, request.operationId(), status,
                "the answer is not the JSON expected (" + e.getClass().getSimpleName() + ")",
                "Check that the URL points at NPM's admin API and not at a proxied site or a login page.", e);
    }

    private Optional<JsonNode> errorNode(String body) {
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.path("error").isObject()) {
                return Optional.of(node.path("error"));
            }
        } catch (IOException e) {
            // not NPM's error shape: the caller falls back to the raw text
        }
        return Optional.empty();
    }

    private static String notFoundSubject(String message) {
        int dash = message.indexOf("Not Found - ");
        return dash < 0 ? "" : message.substring(dash + "Not Found - ".length()).strip();
    }

    static Optional<String> permissionFor(String path) {
        return PERMISSIONS.entrySet().stream()
                .filter(e -> path.equals(e.getKey()) || path.startsWith(e.getKey() + "/"))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private String loginHint() {
        return "NPM refused the login: check the identity (email) and password of this instance, or its API token;"
                + " with 2FA on, configure the account's TOTP secret.";
    }

    private static String validationHint(String op, String lower) {
        if (lower.contains("fewer than 1 properties")) {
            return "A PUT needs at least one writable field: set something to change.";
        }
        if (lower.contains("additional properties")) {
            return "NPM refused a field it does not know on this version (or a read-only one such as id, owner,"
                    + " created_on): send only writable fields.";
        }
        if (op.startsWith("create") || op.startsWith("update")) {
            return "Fix the field NPM names in the message and send again.";
        }
        return "Fix the parameters NPM names in the message.";
    }

    private String serverHint(NpmRequest request, String body) {
        String detail;
        try {
            JsonNode stack = json.readTree(body).path("debug").path("stack");
            detail = stack.isArray() && !stack.isEmpty() ? secrets.scrub(clip(stack.get(0).asText())) : "";
        } catch (IOException e) {
            detail = "";
        }
        String base = request.path().startsWith("/nginx/certificates")
                ? "NPM failed internally; for Let's Encrypt this is usually certbot (DNS not pointing at NPM,"
                        + " port 80 closed, rate limit)."
                : "NPM failed internally. A user without a permission sometimes gets a 500 instead of a 404;"
                        + " otherwise check NPM's logs.";
        if (detail.contains("public suffix")) {
            base = "The CA refused a name: the public Let's Encrypt issues only for names under a public suffix."
                    + " For internal names (.lan, .home.arpa, ...) point NPM at a private ACME server, or upload a"
                    + " custom certificate.";
        }
        return detail.isEmpty() || detail.equals("Error") ? base : base + " NPM says: " + detail;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String clip(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
    }
}
