package io.github.mockcloudtrail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event to put into the mock's event history before a test runs: the programmatic twin of
 * {@code @SeedEvent}.
 *
 * <p>The mock writes a complete CloudTrail record for it (an {@code AwsApiCall} by an IAM user, or an
 * Insights event) and files it under its account and Region, where {@code LookupEvents} finds it as it
 * would find a real one. Unset members default to: event source {@code cloudtrail.amazonaws.com}, user
 * {@code mock-user}, the mock's clock for the time, a write ({@code readOnly} false), no resources, the
 * account ID as access key (the access key of the injected client), a management event, the mock's
 * account and Region, and a random event ID.
 *
 * <pre>{@code
 * mock.seedEvent(EventSeed.named("StopLogging")
 *         .username("mallory")
 *         .time(Instant.parse("2024-03-01T11:00:00Z"))
 *         .resource("AWS::CloudTrail::Trail", "arn:aws:cloudtrail:us-east-1:123456789012:trail/audit")
 *         .build());
 * }</pre>
 */
public final class EventSeed {
    /** The event source of a seed that does not name one. */
    public static final String DEFAULT_EVENT_SOURCE = "cloudtrail.amazonaws.com";
    /** The user of a seed that does not name one, and the IAM user the mock records its own calls for. */
    public static final String DEFAULT_USERNAME = "mock-user";

    private final String eventName;
    private final String eventSource;
    private final String username;
    private final Instant time;
    private final boolean readOnly;
    private final List<Resource> resources;
    private final String accessKeyId;
    private final Category category;
    private final String region;
    private final String accountId;
    private final String eventId;

    private EventSeed(Builder builder) {
        this.eventName = builder.eventName;
        this.eventSource = builder.eventSource;
        this.username = builder.username;
        this.time = builder.time;
        this.readOnly = builder.readOnly;
        this.resources = List.copyOf(builder.resources);
        this.accessKeyId = builder.accessKeyId;
        this.category = builder.category;
        this.region = builder.region;
        this.accountId = builder.accountId;
        this.eventId = builder.eventId;
    }

    /**
     * Starts a seed for an event with the given name, such as {@code StopLogging} or {@code RunInstances}.
     *
     * @param eventName the API call the event records
     * @return a builder with the defaults listed above
     */
    public static Builder named(String eventName) {
        return new Builder(eventName);
    }

    /** {@return the event name, such as {@code StopLogging}} */
    public String eventName() {
        return eventName;
    }

    /** {@return the service that emitted the event, such as {@code cloudtrail.amazonaws.com}} */
    public String eventSource() {
        return eventSource;
    }

    /** {@return the IAM user who made the call} */
    public String username() {
        return username;
    }

    /** {@return when the event happened; empty means the mock's clock at the time the seed is applied} */
    public Optional<Instant> time() {
        return Optional.ofNullable(time);
    }

    /** {@return whether the call only read (the {@code ReadOnly} lookup attribute)} */
    public boolean readOnly() {
        return readOnly;
    }

    /** {@return the resources the event refers to, in the order given} */
    public List<Resource> resources() {
        return resources;
    }

    /** {@return the access key; empty means the account ID, the access key injected clients sign with} */
    public Optional<String> accessKeyId() {
        return Optional.ofNullable(accessKeyId);
    }

    /** {@return whether this is a management or an Insights event} */
    public Category category() {
        return category;
    }

    /** {@return the Region; empty means the mock's Region} */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** {@return the account; empty means the mock's account} */
    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    /** {@return the event ID; empty means a random UUID} */
    public Optional<String> eventId() {
        return Optional.ofNullable(eventId);
    }

    @Override
    public String toString() {
        return "EventSeed[" + eventName + "]";
    }

    /**
     * Which events a seed is: management events ({@code LookupEvents} returns them by default) or
     * Insights events (returned only with {@code EventCategory=insight}).
     *
     * <pre>{@code
     * EventSeed burst = EventSeed.named("RunInstances")
     *         .eventSource("ec2.amazonaws.com")
     *         .category(EventSeed.Category.INSIGHT)
     *         .build();
     * }</pre>
     */
    public enum Category {
        /** A management event, such as an API call on a trail. */
        MANAGEMENT,
        /** An Insights event, reporting unusual API call or error rates. */
        INSIGHT
    }

    /**
     * A resource an event refers to, as {@code LookupEvents} reports it.
     *
     * <pre>{@code
     * new EventSeed.Resource("AWS::CloudTrail::Trail", "arn:aws:cloudtrail:us-east-1:123456789012:trail/audit");
     * }</pre>
     *
     * @param type such as {@code AWS::CloudTrail::Trail} or {@code AWS::EC2::Instance}
     * @param name such as a trail ARN or an instance ID
     */
    public record Resource(String type, String name) {
        /**
         * Checks that both members are given.
         *
         * @param type the resource type
         * @param name the resource name
         */
        public Resource {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Builds an {@link EventSeed}; every setter returns the builder.
     *
     * <pre>{@code
     * EventSeed seed = EventSeed.named("DeleteTrail").username("mallory").readOnly(false).build();
     * }</pre>
     */
    public static final class Builder {
        private final String eventName;
        private String eventSource = DEFAULT_EVENT_SOURCE;
        private String username = DEFAULT_USERNAME;
        private Instant time;
        private boolean readOnly;
        private final List<Resource> resources = new ArrayList<>();
        private String accessKeyId;
        private Category category = Category.MANAGEMENT;
        private String region;
        private String accountId;
        private String eventId;

        private Builder(String eventName) {
            this.eventName = Objects.requireNonNull(eventName, "eventName");
        }

        /**
         * Sets the service that emitted the event.
         *
         * @param eventSource such as {@code ec2.amazonaws.com}
         * @return this builder
         */
        public Builder eventSource(String eventSource) {
            this.eventSource = Objects.requireNonNull(eventSource, "eventSource");
            return this;
        }

        /**
         * Sets the IAM user who made the call.
         *
         * @param username the user name
         * @return this builder
         */
        public Builder username(String username) {
            this.username = Objects.requireNonNull(username, "username");
            return this;
        }

        /**
         * Sets when the event happened.
         *
         * @param time the event time; {@code null} means the mock's clock when the seed is applied
         * @return this builder
         */
        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        /**
         * Marks the call as a read or a write.
         *
         * @param readOnly whether the call only read
         * @return this builder
         */
        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        /**
         * Adds a resource the event refers to.
         *
         * @param type such as {@code AWS::CloudTrail::Trail}
         * @param name such as the trail's ARN
         * @return this builder
         */
        public Builder resource(String type, String name) {
            this.resources.add(new Resource(type, name));
            return this;
        }

        /**
         * Sets the access key the call was signed with.
         *
         * @param accessKeyId the key; {@code null} means the account ID
         * @return this builder
         */
        public Builder accessKeyId(String accessKeyId) {
            this.accessKeyId = accessKeyId;
            return this;
        }

        /**
         * Makes the event a management or an Insights event.
         *
         * @param category the category
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = Objects.requireNonNull(category, "category");
            return this;
        }

        /**
         * Files the event under this Region instead of the mock's.
         *
         * @param region a Region name such as {@code eu-west-1}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Files the event under this account instead of the mock's.
         *
         * @param accountId a 12-digit account ID
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * Sets the event ID instead of a random one.
         *
         * @param eventId the ID
         * @return this builder
         */
        public Builder eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        /** {@return the seed; the event name is the only required member} */
        public EventSeed build() {
            return new EventSeed(this);
        }
    }
}
