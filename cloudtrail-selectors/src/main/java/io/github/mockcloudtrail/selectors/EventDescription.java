package io.github.mockcloudtrail.selectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.cloudtrail.model.Event;

/**
 * What a {@link SelectorEvaluator} needs to know about an event: where it comes from, what it did,
 * whether it only read, its category and the resources it touched.
 *
 * <p>Describe an event by hand, or take it from a CloudTrail record or a {@code LookupEvents} result:
 *
 * <pre>{@code
 * EventDescription upload = EventDescription.data("s3.amazonaws.com", "PutObject")
 *         .readOnly(false)
 *         .resource("AWS::S3::Object", "arn:aws:s3:::bucket-1/cat.jpg")
 *         .build();
 * EventDescription launch = EventDescription.management("ec2.amazonaws.com", "RunInstances").readOnly(false).build();
 * EventDescription fromLog = EventDescription.fromRecord(recordJson);
 * }</pre>
 */
public final class EventDescription {
    private final String eventSource;
    private final String eventName;
    private final Boolean readOnly;
    private final Category category;
    private final List<Resource> resources;
    private final String insightType;

    private EventDescription(Builder builder) {
        this.eventSource = Objects.requireNonNull(builder.eventSource, "eventSource");
        this.eventName = Objects.requireNonNull(builder.eventName, "eventName");
        this.readOnly = builder.readOnly;
        this.category = Objects.requireNonNull(builder.category, "category");
        this.resources = List.copyOf(builder.resources);
        this.insightType = builder.insightType;
    }

    /**
     * Starts describing a management event, such as {@code ec2.amazonaws.com RunInstances}.
     *
     * @param eventSource the service, such as {@code ec2.amazonaws.com}
     * @param eventName the API call, such as {@code RunInstances}
     * @return a builder for the rest
     */
    public static Builder management(String eventSource, String eventName) {
        return builder().category(Category.MANAGEMENT).eventSource(eventSource).eventName(eventName);
    }

    /**
     * Starts describing a data event, such as {@code s3.amazonaws.com GetObject}; add its resources.
     *
     * @param eventSource the service, such as {@code s3.amazonaws.com}
     * @param eventName the API call, such as {@code GetObject}
     * @return a builder for the rest
     */
    public static Builder data(String eventSource, String eventName) {
        return builder().category(Category.DATA).eventSource(eventSource).eventName(eventName);
    }

    /**
     * Starts describing an Insights event: CloudTrail noticed unusual activity of an API, such as a burst of
     * {@code ec2.amazonaws.com RunInstances} calls ({@code ApiCallRateInsight}).
     *
     * @param eventSource the service of the API
     * @param eventName the API call
     * @param insightType {@code ApiCallRateInsight} or {@code ApiErrorRateInsight}
     * @return a builder for the rest
     */
    public static Builder insight(String eventSource, String eventName, String insightType) {
        return builder().category(Category.INSIGHT).eventSource(eventSource).eventName(eventName).insightType(insightType);
    }

    /**
     * Starts an empty description; set source, name and category.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads one CloudTrail record, as CloudTrail writes it to S3 or returns it in {@code CloudTrailEvent}.
     *
     * <p>The category comes from {@code eventCategory}; records written before CloudTrail had that field
     * are Insights events when their {@code eventType} is {@code AwsCloudTrailInsight}, data events when
     * {@code managementEvent} is false, and management events otherwise. A resource's ARN is its
     * {@code ARN}, or its {@code ARNPrefix} (S3 list operations). A record without {@code readOnly}
     * leaves it unknown.
     *
     * @throws IllegalArgumentException if the text is not a JSON object with {@code eventSource} and
     *     {@code eventName}
     * @param cloudTrailRecordJson one record as JSON
     * @return the description
     */
    public static EventDescription fromRecord(String cloudTrailRecordJson) {
        return CloudTrailRecords.parse(cloudTrailRecordJson);
    }

    /**
     * Reads an event returned by {@code LookupEvents}: from its {@code CloudTrailEvent} record when it has
     * one (only the record carries resource ARNs and the category), otherwise from the event's own members
     * as a management event whose resources are those named by an ARN.
     *
     * @param event an event from a {@code LookupEvents} answer
     * @return the description
     */
    public static EventDescription fromLookupEvent(Event event) {
        return CloudTrailRecords.fromLookupEvent(event);
    }

    /** {@return the service that received the call, such as {@code s3.amazonaws.com}} */
    public String eventSource() {
        return eventSource;
    }

    /** {@return the API operation, such as {@code PutObject}} */
    public String eventName() {
        return eventName;
    }

    /** {@return whether the operation only read; empty when not known (records before 2017 often lack it)} */
    public Optional<Boolean> readOnly() {
        return Optional.ofNullable(readOnly);
    }

    /** {@return whether it is a management, data or Insights event} */
    public Category category() {
        return category;
    }

    /** {@return the resources the event touched, in record order} */
    public List<Resource> resources() {
        return resources;
    }

    /** {@return for Insights events, the insight type, such as {@code ApiCallRateInsight}} */
    public Optional<String> insightType() {
        return Optional.ofNullable(insightType);
    }

    /** Reads like {@code s3.amazonaws.com PutObject (Data, write) on AWS::S3::Object arn:aws:s3:::bucket-1/cat.jpg}. */
    @Override
    public String toString() {
        return SelectorRenderer.render(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventDescription that
                && eventSource.equals(that.eventSource)
                && eventName.equals(that.eventName)
                && Objects.equals(readOnly, that.readOnly)
                && category == that.category
                && resources.equals(that.resources)
                && Objects.equals(insightType, that.insightType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventSource, eventName, readOnly, category, resources, insightType);
    }

    /**
     * The event categories CloudTrail records, with the values of the record's {@code eventCategory} field
     * and of the {@code eventCategory} field of advanced event selectors.
     *
     * <pre>{@code
     * Category.fromValue("Data"); // Category.DATA
     * }</pre>
     */
    public enum Category {
        /** Management events: control-plane calls such as {@code CreateTrail}. */
        MANAGEMENT("Management"),
        /** Data events: resource operations such as S3 {@code GetObject}. */
        DATA("Data"),
        /** Insights events: unusual API call or error rates. */
        INSIGHT("Insight");

        private final String value;

        Category(String value) {
            this.value = value;
        }

        /** {@return the value as CloudTrail writes it, such as {@code Management}} */
        public String value() {
            return value;
        }

        /**
         * The category with this value; case matters, as in CloudTrail.
         *
         * @param value such as {@code Data}
         * @return the category, or empty for a value CloudTrail does not write
         */
        public static Optional<Category> fromValue(String value) {
            return Arrays.stream(values()).filter(category -> category.value.equals(value)).findFirst();
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * A resource an event touched, as a record lists it: its type, such as {@code AWS::S3::Object}, and ARN.
     *
     * <pre>{@code
     * new EventDescription.Resource("AWS::Lambda::Function", "arn:aws:lambda:us-west-2:111111111111:function:helloworld");
     * }</pre>
     *
     * @param type the resource type, such as {@code AWS::S3::Object}
     * @param arn the resource's ARN
     */
    public record Resource(String type, String arn) {
        /**
         * Checks that both members are given.
         *
         * @param type the resource type
         * @param arn the resource's ARN
         */
        public Resource {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(arn, "arn");
        }
    }

    /**
     * Builds an {@link EventDescription}; event source, event name and category are required.
     *
     * <pre>{@code
     * EventDescription invoke = EventDescription.builder()
     *         .eventSource("lambda.amazonaws.com").eventName("Invoke")
     *         .category(EventDescription.Category.DATA)
     *         .readOnly(false)
     *         .resource("AWS::Lambda::Function", "arn:aws:lambda:us-west-2:111111111111:function:MyLambdaFunction")
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private String eventSource;
        private String eventName;
        private Boolean readOnly;
        private Category category;
        private final List<Resource> resources = new ArrayList<>();
        private String insightType;

        private Builder() {
        }

        /**
         * Sets the service that received the call.
         *
         * @param eventSource such as {@code s3.amazonaws.com}
         * @return this builder
         */
        public Builder eventSource(String eventSource) {
            this.eventSource = eventSource;
            return this;
        }

        /**
         * Sets the API operation.
         *
         * @param eventName such as {@code PutObject}
         * @return this builder
         */
        public Builder eventName(String eventName) {
            this.eventName = eventName;
            return this;
        }

        /**
         * Whether the operation only read; leave unset when not known.
         *
         * @param readOnly {@code true}, {@code false}, or {@code null} for unknown
         * @return this builder
         */
        public Builder readOnly(Boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        /**
         * Sets the category.
         *
         * @param category management, data or Insights
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /**
         * Adds a resource the event touched.
         *
         * @param type such as {@code AWS::S3::Object}
         * @param arn the resource's ARN
         * @return this builder
         */
        public Builder resource(String type, String arn) {
            this.resources.add(new Resource(type, arn));
            return this;
        }

        /**
         * Sets the Insights type of an Insights event.
         *
         * @param insightType such as {@code ApiCallRateInsight}
         * @return this builder
         */
        public Builder insightType(String insightType) {
            this.insightType = insightType;
            return this;
        }

        /**
         * {@return the description}
         *
         * @throws NullPointerException if event source, event name or category is missing
         */
        public EventDescription build() {
            return new EventDescription(this);
        }
    }
}
