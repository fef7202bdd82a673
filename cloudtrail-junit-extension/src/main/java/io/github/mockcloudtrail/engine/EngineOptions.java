package io.github.mockcloudtrail.engine;

import io.github.mockcloudtrail.MockClock;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What an engine is configured with: the default account, an optional organization, the clock every
 * timestamp comes from, and how the event history behaves (lookup window, recording of the mock's own
 * calls and its cap).
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
    /** The default number of recorded events kept per account and Region. */
    public static final int DEFAULT_RECORDED_EVENTS_CAP = 100_000;

    private final String defaultAccountId;
    private final Organization organization;
    private final Clock clock;
    private final Duration lookupWindow;
    private final boolean recordCalls;
    private final int recordedEventsCap;
    private final boolean seededEventsCountAgainstCap;

    private EngineOptions(Builder builder) {
        this.defaultAccountId = AccountIds.requireValid(builder.defaultAccountId, "default account");
        this.organization = builder.organization;
        this.clock = Objects.requireNonNull(builder.clock, "clock");
        this.lookupWindow = Objects.requireNonNull(builder.lookupWindow, "lookupWindow");
        if (lookupWindow.isNegative()) {
            throw new IllegalArgumentException("The lookup window must not be negative, but was " + lookupWindow);
        }
        this.recordCalls = builder.recordCalls;
        if (builder.recordedEventsCap < 1) {
            throw new IllegalArgumentException("The recorded-events cap must be at least 1, but was "
                    + builder.recordedEventsCap);
        }
        this.recordedEventsCap = builder.recordedEventsCap;
        this.seededEventsCountAgainstCap = builder.seededEventsCountAgainstCap;
    }

    private EngineOptions(EngineOptions original, Clock clock) {
        this.defaultAccountId = original.defaultAccountId;
        this.organization = original.organization;
        this.clock = clock;
        this.lookupWindow = original.lookupWindow;
        this.recordCalls = original.recordCalls;
        this.recordedEventsCap = original.recordedEventsCap;
        this.seededEventsCountAgainstCap = original.seededEventsCountAgainstCap;
    }

    /**
     * Starts options from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * These options with a clock of their own: a {@link MockClock} is copied at its current setting, so that
     * engines built from different copies move their clocks independently (one test fixing its clock does not
     * move a concurrent test's); a clock of another kind cannot be moved through the mock and is kept.
     *
     * @return a copy with its own clock
     */
    public EngineOptions withOwnClock() {
        if (!(clock instanceof MockClock shared)) {
            return this;
        }
        MockClock own = MockClock.systemTime();
        own.restore(shared.state());
        return new EngineOptions(this, own);
    }

    /** {@return the options of a mock with the default account, no organization and the system clock} */
    public static EngineOptions defaults() {
        return builder().build();
    }

    /** {@return the account of callers whose access key names none} */
    public String defaultAccountId() {
        return defaultAccountId;
    }

    /** {@return the organization the accounts belong to, if any} */
    public Optional<Organization> organization() {
        return Optional.ofNullable(organization);
    }

    /** {@return the clock every timestamp comes from} */
    public Clock clock() {
        return clock;
    }

    /** {@return how far back {@code LookupEvents} looks from the clock's time; zero means no limit. Default 90 days} */
    public Duration lookupWindow() {
        return lookupWindow;
    }

    /** {@return whether the mock records its own API calls in its event history. Default true} */
    public boolean recordCalls() {
        return recordCalls;
    }

    /** {@return the most recorded events kept per account and Region; the oldest are evicted first. Default 100,000} */
    public int recordedEventsCap() {
        return recordedEventsCap;
    }

    /** {@return whether seeded events count against {@link #recordedEventsCap()}. Default false} */
    public boolean seededEventsCountAgainstCap() {
        return seededEventsCountAgainstCap;
    }

    /**
     * Builds {@link EngineOptions}; unset options keep their defaults.
     *
     * <pre>{@code
     * EngineOptions options = EngineOptions.builder()
     *         .defaultAccountId("111122223333")
     *         .clock(MockClock.fixedAt(Instant.parse("2024-03-01T12:00:00Z")))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private String defaultAccountId = DEFAULT_ACCOUNT_ID;
        private Organization organization;
        private Clock clock = MockClock.systemTime();
        private Duration lookupWindow = Duration.ofDays(90);
        private boolean recordCalls = true;
        private int recordedEventsCap = DEFAULT_RECORDED_EVENTS_CAP;
        private boolean seededEventsCountAgainstCap;

        private Builder() {
        }

        /**
         * Sets the account of callers whose access key names none.
         *
         * @param defaultAccountId a 12-digit account ID
         * @return this builder
         */
        public Builder defaultAccountId(String defaultAccountId) {
            this.defaultAccountId = defaultAccountId;
            return this;
        }

        /**
         * Puts the accounts into an organization, which organization trails need.
         *
         * @param organization the organization
         * @return this builder
         */
        public Builder organization(Organization organization) {
            this.organization = organization;
            return this;
        }

        /**
         * Sets the clock; a {@link MockClock} lets tests move it.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * How far back {@code LookupEvents} looks; {@link Duration#ZERO} for events of any age.
         *
         * @param lookupWindow the window
         * @return this builder
         */
        public Builder lookupWindow(Duration lookupWindow) {
            this.lookupWindow = lookupWindow;
            return this;
        }

        /**
         * Turns the recording of the mock's own calls as events on or off.
         *
         * @param recordCalls whether calls are recorded
         * @return this builder
         */
        public Builder recordCalls(boolean recordCalls) {
            this.recordCalls = recordCalls;
            return this;
        }

        /**
         * Sets the most recorded events kept per account and Region.
         *
         * @param recordedEventsCap the cap
         * @return this builder
         */
        public Builder recordedEventsCap(int recordedEventsCap) {
            this.recordedEventsCap = recordedEventsCap;
            return this;
        }

        /**
         * Makes seeded events count against the cap, or not.
         *
         * @param seededEventsCountAgainstCap whether they count
         * @return this builder
         */
        public Builder seededEventsCountAgainstCap(boolean seededEventsCountAgainstCap) {
            this.seededEventsCountAgainstCap = seededEventsCountAgainstCap;
            return this;
        }

        /** {@return the options} */
        public EngineOptions build() {
            return new EngineOptions(this);
        }
    }
}
