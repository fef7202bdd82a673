package io.github.mockcloudtrail.engine;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What an engine is configured with: the default account, an optional organization and the clock every
 * timestamp comes from.
 *
 * <pre>{@code
 * EngineOptions options = EngineOptions.builder()
 *         .defaultAccountId("123456789012")
 *         .organization(new Organization("123456789012", Set.of("210987654321")))
 *         .build();
 * }</pre>
 */
public final class EngineOptions {
    /** The account used when a request's access key does not name one. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    private final String defaultAccountId;
    private final Organization organization;
    private final Clock clock;

    private EngineOptions(Builder builder) {
        this.defaultAccountId = AccountIds.requireValid(builder.defaultAccountId, "default account");
        this.organization = builder.organization;
        this.clock = Objects.requireNonNull(builder.clock, "clock");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The options of a mock with the default account, no organization and the system clock. */
    public static EngineOptions defaults() {
        return builder().build();
    }

    public String defaultAccountId() {
        return defaultAccountId;
    }

    public Optional<Organization> organization() {
        return Optional.ofNullable(organization);
    }

    public Clock clock() {
        return clock;
    }

    /** Builds {@link EngineOptions}. */
    public static final class Builder {
        private String defaultAccountId = DEFAULT_ACCOUNT_ID;
        private Organization organization;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder defaultAccountId(String defaultAccountId) {
            this.defaultAccountId = defaultAccountId;
            return this;
        }

        public Builder organization(Organization organization) {
            this.organization = organization;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public EngineOptions build() {
            return new EngineOptions(this);
        }
    }
}
