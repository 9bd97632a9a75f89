package dev.npmmcp.resource;

/**
 * Why a resource could not be read: the client asked for something that does not exist ({@link Kind#NOT_FOUND}), or
 * the tool behind it failed ({@link Kind#FAILED}). Either way the message says what, on which instance, and what next.
 */
public final class ResourceFailure extends RuntimeException {

    public enum Kind {
        NOT_FOUND,
        FAILED
    }

    private final Kind kind;

    public ResourceFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
