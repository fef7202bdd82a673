package io.github.mockcloudtrail.selectors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;
import software.amazon.awssdk.services.cloudtrail.model.DataResource;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;

/**
 * Renders selectors and events as people read them, for assertion messages and reports, instead of the
 * SDK's {@code toString()}.
 *
 * <pre>{@code
 * SelectorRenderer.render(selector);
 * // ReadWriteType WriteOnly; management events except kms.amazonaws.com; data events on AWS::S3::Object arn:aws:s3:::payroll/
 * SelectorRenderer.render(advancedSelector);
 * // "Payroll writes": eventCategory Equals [Data] AND resources.type Equals [AWS::S3::Object]
 * //     AND resources.ARN StartsWith [arn:aws:s3:::payroll/] AND readOnly Equals [false]
 * }</pre>
 */
public final class SelectorRenderer {
    private SelectorRenderer() {
    }

    /**
     * A basic event selector, such as {@code ReadWriteType All; management events; no data events}.
     *
     * @param selector the selector
     * @return one line
     */
    public static String render(EventSelector selector) {
        String readWrite = selector.readWriteType() == null ? "All" : selector.readWriteTypeAsString();
        String management = Boolean.FALSE.equals(selector.includeManagementEvents())
                ? "no management events"
                : selector.excludeManagementEventSources().isEmpty()
                        ? "management events"
                        : "management events except " + String.join(", ", selector.excludeManagementEventSources());
        String data = selector.dataResources().isEmpty()
                ? "no data events"
                : "data events on " + selector.dataResources().stream()
                        .map(SelectorRenderer::render)
                        .collect(Collectors.joining("; "));
        return "ReadWriteType " + readWrite + "; " + management + "; " + data;
    }

    /**
     * A data resource, such as {@code AWS::S3::Object arn:aws:s3:::bucket-1/, arn:aws:s3:::bucket-2/}.
     *
     * @param dataResource the data resource
     * @return one line
     */
    public static String render(DataResource dataResource) {
        return dataResource.type() + " " + (dataResource.values().isEmpty() ? "(no values)" : String.join(", ", dataResource.values()));
    }

    /**
     * An advanced event selector: its name in quotes, when it has one, and its field selectors joined by
     * {@code AND}.
     *
     * @param selector the selector
     * @return one line
     */
    public static String render(AdvancedEventSelector selector) {
        String conditions = selector.fieldSelectors().isEmpty()
                ? "(no field selectors)"
                : selector.fieldSelectors().stream().map(SelectorRenderer::render).collect(Collectors.joining(" AND "));
        return selector.name() == null ? conditions : "\"" + selector.name() + "\": " + conditions;
    }

    /**
     * A field selector, such as {@code resources.ARN StartsWith [arn:aws:s3:::a/] and NotEndsWith [.tmp]}.
     *
     * @param fieldSelector the field selector
     * @return one line
     */
    public static String render(AdvancedFieldSelector fieldSelector) {
        return fieldSelector.field() + " " + operators(fieldSelector, false);
    }

    /**
     * Every selector of a {@code GetEventSelectors} answer, one a line, under the trail's ARN.
     *
     * @param response the answer
     * @return the trail ARN, then one line per selector
     */
    public static String render(GetEventSelectorsResponse response) {
        List<String> lines = labels(response.eventSelectors(), response.advancedEventSelectors());
        return response.trailARN() + ":\n  " + (lines.isEmpty() ? "no selectors" : String.join("\n  ", lines));
    }

    /**
     * An event, such as {@code s3.amazonaws.com PutObject (Data, write) on AWS::S3::Object arn:aws:s3:::b/k}.
     *
     * @param event the event
     * @return one line
     */
    public static String render(EventDescription event) {
        String readWrite = event.readOnly().map(readOnly -> readOnly ? "read-only" : "write").orElse("read/write unknown");
        String kind = event.category() == EventDescription.Category.INSIGHT
                ? "Insight" + event.insightType().map(type -> " " + type).orElse("")
                : event.category() + ", " + readWrite;
        String resources = event.resources().isEmpty() ? "" : " on " + event.resources().stream()
                .map(resource -> resource.type() + " " + resource.arn())
                .collect(Collectors.joining(", "));
        return event.eventSource() + " " + event.eventName() + " (" + kind + ")" + resources;
    }

    /** Only the positive operators of a field selector, such as {@code eventName Equals [PutObject]}. */
    static String renderPositive(AdvancedFieldSelector fieldSelector) {
        return fieldSelector.field() + " " + operators(fieldSelector, true);
    }

    static String label(int index, EventSelector selector) {
        return "event selector " + (index + 1) + " (" + render(selector) + ")";
    }

    static String label(int index, AdvancedEventSelector selector) {
        return "advanced event selector " + (index + 1) + " (" + render(selector) + ")";
    }

    static String label(InsightSelector selector) {
        return "Insights selector " + selector.insightTypeAsString();
    }

    static List<String> labels(List<EventSelector> eventSelectors, List<AdvancedEventSelector> advancedEventSelectors) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < eventSelectors.size(); i++) {
            lines.add(label(i, eventSelectors.get(i)));
        }
        for (int i = 0; i < advancedEventSelectors.size(); i++) {
            lines.add(label(i, advancedEventSelectors.get(i)));
        }
        return lines;
    }

    /**
     * Positive operators are alternatives and negative ones all apply, so with both kinds in use the
     * positive ones are grouped: {@code (StartsWith [a/] or EndsWith [.pdf]) and NotEndsWith [.tmp]}.
     */
    private static String operators(AdvancedFieldSelector fieldSelector, boolean positiveOnly) {
        List<String> positive = new ArrayList<>();
        List<String> negative = new ArrayList<>();
        for (FieldOperator operator : FieldOperator.values()) {
            List<String> values = operator.values(fieldSelector);
            if (!values.isEmpty()) {
                (operator.isNegative() ? negative : positive).add(operator + " " + values);
            }
        }
        if (positiveOnly || negative.isEmpty()) {
            return positive.isEmpty() ? "(no operator)" : String.join(" or ", positive);
        }
        String alternatives = String.join(" or ", positive);
        List<String> parts = new ArrayList<>();
        if (!positive.isEmpty()) {
            parts.add(positive.size() > 1 ? "(" + alternatives + ")" : alternatives);
        }
        parts.addAll(negative);
        return String.join(" and ", parts);
    }
}
