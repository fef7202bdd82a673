package io.github.mockcloudtrail.selectors;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;
import software.amazon.awssdk.services.cloudtrail.model.DataResource;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/**
 * Short builders for the selectors of the evaluator's case tables.
 *
 * <pre>{@code
 * EventSelector writes = Selectors.basic(ReadWriteType.WRITE_ONLY, true);
 * AdvancedFieldSelector puts = Selectors.field("eventName", FieldOperator.EQUALS, "PutObject");
 * }</pre>
 */
final class Selectors {
    static final String S3_OBJECT = "AWS::S3::Object";
    static final String LAMBDA_FUNCTION = "AWS::Lambda::Function";
    static final String DYNAMODB_TABLE = "AWS::DynamoDB::Table";

    private Selectors() {
    }

    static EventSelector basic(ReadWriteType readWriteType, boolean includeManagementEvents, DataResource... dataResources) {
        return EventSelector.builder()
                .readWriteType(readWriteType)
                .includeManagementEvents(includeManagementEvents)
                .dataResources(dataResources)
                .build();
    }

    /** The selector every new trail has: all management events, read and write, no data events. */
    static EventSelector defaultSelector() {
        return basic(ReadWriteType.ALL, true);
    }

    static EventSelector excluding(String... eventSources) {
        return defaultSelector().toBuilder().excludeManagementEventSources(eventSources).build();
    }

    static DataResource data(String type, String... values) {
        return DataResource.builder().type(type).values(values).build();
    }

    static AdvancedEventSelector advanced(AdvancedFieldSelector... fieldSelectors) {
        return AdvancedEventSelector.builder().fieldSelectors(fieldSelectors).build();
    }

    static AdvancedEventSelector named(String name, AdvancedFieldSelector... fieldSelectors) {
        return advanced(fieldSelectors).toBuilder().name(name).build();
    }

    /** The conditions every data-event selector starts with: category Data and one resource type. */
    static AdvancedEventSelector dataEvents(String resourceType, AdvancedFieldSelector... more) {
        List<AdvancedFieldSelector> fields = new ArrayList<>(List.of(
                field("eventCategory", FieldOperator.EQUALS, "Data"),
                field("resources.type", FieldOperator.EQUALS, resourceType)));
        fields.addAll(List.of(more));
        return AdvancedEventSelector.builder().fieldSelectors(fields).build();
    }

    static AdvancedFieldSelector field(String field, FieldOperator operator, String... values) {
        return with(AdvancedFieldSelector.builder().field(field), operator, values).build();
    }

    /** One field selector using two operators. */
    static AdvancedFieldSelector field(String field, FieldOperator first, String firstValue, FieldOperator second,
            String secondValue) {
        return with(with(AdvancedFieldSelector.builder().field(field), first, firstValue), second, secondValue).build();
    }

    private static AdvancedFieldSelector.Builder with(AdvancedFieldSelector.Builder builder, FieldOperator operator,
            String... values) {
        return switch (operator) {
            case EQUALS -> builder.equalsValue(values);
            case STARTS_WITH -> builder.startsWith(values);
            case ENDS_WITH -> builder.endsWith(values);
            case NOT_EQUALS -> builder.notEquals(values);
            case NOT_STARTS_WITH -> builder.notStartsWith(values);
            case NOT_ENDS_WITH -> builder.notEndsWith(values);
        };
    }
}
