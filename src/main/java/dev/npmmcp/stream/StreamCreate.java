package dev.npmmcp.stream;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Objects;

/** The writable fields of a new stream ({@code POST /nginx/streams}). */
public record StreamCreate(
        int incomingPort, String forwardingHost, int forwardingPort, @JsonUnwrapped StreamOptions options) {

    public StreamCreate {
        Objects.requireNonNull(forwardingHost, "forwardingHost");
        Objects.requireNonNull(options, "options");
    }

    public static Builder builder(int incomingPort, String forwardingHost, int forwardingPort) {
        Builder builder = new Builder();
        builder.incomingPort = incomingPort;
        builder.forwardingHost = forwardingHost;
        builder.forwardingPort = forwardingPort;
        return builder;
    }

    public static final class Builder extends StreamOptionsBuilder<Builder> {
        private int incomingPort;
        private String forwardingHost;
        private int forwardingPort;

        private Builder() {}

        public StreamCreate build() {
            return new StreamCreate(incomingPort, forwardingHost, forwardingPort, options());
        }
    }
}
