package dev.npmmcp.stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.npmmcp.npm.PartialUpdate;
import java.util.Objects;
import java.util.Optional;

/**
 * A partial update ({@code PUT /nginx/streams/{id}}): only the fields set are sent.
 */
public record StreamUpdate(
        Optional<Integer> incomingPort,
        Optional<String> forwardingHost,
        Optional<Integer> forwardingPort,
        @JsonUnwrapped StreamOptions options) implements PartialUpdate {

    public StreamUpdate {
        Objects.requireNonNull(options, "options");
    }

    @Override
    @JsonIgnore
    public boolean isEmpty() {
        return incomingPort.isEmpty() && forwardingHost.isEmpty() && forwardingPort.isEmpty() && options.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends StreamOptionsBuilder<Builder> {
        private Optional<Integer> incomingPort = Optional.empty();
        private Optional<String> forwardingHost = Optional.empty();
        private Optional<Integer> forwardingPort = Optional.empty();

        private Builder() {}

        public Builder incomingPort(Integer value) {
            this.incomingPort = Optional.of(value);
            return this;
        }

        public Builder forwardingHost(String value) {
            this.forwardingHost = Optional.of(value);
            return this;
        }

        public Builder forwardingPort(Integer value) {
            this.forwardingPort = Optional.of(value);
            return this;
        }

        public StreamUpdate build() {
            return new StreamUpdate(incomingPort, forwardingHost, forwardingPort, options());
        }
    }
}
