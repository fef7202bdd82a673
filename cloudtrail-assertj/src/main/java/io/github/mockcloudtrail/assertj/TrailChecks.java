package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.assertj.error.ShouldBeLogging;
import io.github.mockcloudtrail.assertj.error.ShouldHaveInsightSelectors;
import io.github.mockcloudtrail.assertj.error.ShouldHaveTag;
import io.github.mockcloudtrail.assertj.error.ShouldLogEvents;
import io.github.mockcloudtrail.selectors.EventDescription;
import io.github.mockcloudtrail.selectors.SelectorEvaluator;
import io.github.mockcloudtrail.selectors.SelectorVerdict;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.InsightSelector;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudtrail.model.Tag;

/**
 * The checks that both a live trail's assertions and the assertions on one SDK answer make (the status of
 * {@code GetTrailStatus}, the selectors of {@code GetEventSelectors}, ...): each returns the failure, if
 * there is one, for the assertion object to throw with its description.
 */
final class TrailChecks {
    /**
     * Management events are told apart by event source and read/write only (advanced selectors may not filter
     * management events on their name), so one source and name stand for all others.
     */
    private static final String ANY_MANAGEMENT_SOURCE = "ec2.amazonaws.com";
    private static final String ANY_OPERATION = "AnyOperation";

    private TrailChecks() {
    }

    static Optional<ErrorMessageFactory> logging(String trailName, GetTrailStatusResponse status, boolean logging) {
        if (Boolean.TRUE.equals(status.isLogging()) == logging) {
            return Optional.empty();
        }
        return Optional.of(logging ? ShouldBeLogging.shouldBeLogging(trailName, status)
                : ShouldBeLogging.shouldNotBeLogging(trailName, status));
    }

    static Optional<ErrorMessageFactory> noDeliveryErrors(String trailName, GetTrailStatusResponse status) {
        boolean errors = Stream.of(status.latestDeliveryError(), status.latestDigestDeliveryError(),
                        status.latestNotificationError(), status.latestCloudWatchLogsDeliveryError())
                .anyMatch(error -> error != null && !error.isEmpty());
        return errors ? Optional.of(ShouldBeLogging.shouldHaveNoDeliveryErrors(trailName, status)) : Optional.empty();
    }

    /**
     * @param insightSelectors read only for Insights events, which only Insights selectors log
     */
    static Optional<ErrorMessageFactory> wouldLog(GetEventSelectorsResponse selectors,
            Supplier<List<InsightSelector>> insightSelectors, EventDescription event, boolean logged) {
        SelectorEvaluator evaluator = SelectorEvaluator.of(selectors);
        if (event.category() == EventDescription.Category.INSIGHT) {
            evaluator = evaluator.withInsightSelectors(insightSelectors.get());
        }
        SelectorVerdict verdict = evaluator.explain(event);
        if (verdict.logged() == logged) {
            return Optional.empty();
        }
        return Optional.of(logged ? ShouldLogEvents.shouldLog(selectors, verdict)
                : ShouldLogEvents.shouldNotLog(selectors, verdict));
    }

    static Optional<ErrorMessageFactory> logsManagementEvents(GetEventSelectorsResponse selectors, ReadWriteType readWriteType) {
        Objects.requireNonNull(readWriteType, "readWriteType");
        Map<String, SelectorVerdict> missed = managementVerdicts(selectors, ANY_MANAGEMENT_SOURCE, readWriteType, false);
        if (missed.isEmpty()) {
            return Optional.empty();
        }
        String kinds = switch (readWriteType) {
            case READ_ONLY -> "read-only management events";
            case WRITE_ONLY -> "write management events";
            default -> "read-only and write management events";
        };
        return Optional.of(ShouldLogEvents.shouldLogManagementEvents(selectors, kinds, missed));
    }

    static Optional<ErrorMessageFactory> doesNotLogManagementEventsFrom(GetEventSelectorsResponse selectors, String eventSource) {
        Objects.requireNonNull(eventSource, "eventSource");
        Map<String, SelectorVerdict> logged = managementVerdicts(selectors, eventSource, ReadWriteType.ALL, true);
        return logged.isEmpty() ? Optional.empty()
                : Optional.of(ShouldLogEvents.shouldNotLogManagementEventsFrom(selectors, eventSource, logged));
    }

    static Optional<ErrorMessageFactory> logsDataEvents(GetEventSelectorsResponse selectors, String type, String arn,
            ReadWriteType readWriteType) {
        List<SelectorVerdict> missed = dataVerdicts(selectors, type, arn, readWriteType, false);
        return missed.isEmpty() ? Optional.empty()
                : Optional.of(ShouldLogEvents.shouldLogDataEvents(selectors, type, arn, missed));
    }

    static Optional<ErrorMessageFactory> doesNotLogDataEvents(GetEventSelectorsResponse selectors, String type, String arn) {
        List<SelectorVerdict> logged = dataVerdicts(selectors, type, arn, ReadWriteType.ALL, true);
        return logged.isEmpty() ? Optional.empty()
                : Optional.of(ShouldLogEvents.shouldNotLogDataEvents(selectors, type, arn, logged));
    }

    /** @throws IllegalArgumentException if no insight type is given */
    static Optional<ErrorMessageFactory> hasInsightSelectors(String trail, List<InsightSelector> actual,
            InsightType... expected) {
        if (expected == null || expected.length == 0) {
            throw new IllegalArgumentException("Name at least one insight type, or use hasNoInsightSelectors()");
        }
        List<String> expectedTypes = Arrays.stream(expected).map(InsightType::toString).sorted().toList();
        List<String> actualTypes = actual.stream().map(InsightSelector::insightTypeAsString).sorted().toList();
        return expectedTypes.equals(actualTypes) ? Optional.empty()
                : Optional.of(ShouldHaveInsightSelectors.shouldHaveInsightSelectors(trail, expectedTypes, actual));
    }

    static Optional<ErrorMessageFactory> hasNoInsightSelectors(String trail, List<InsightSelector> actual) {
        return actual.isEmpty() ? Optional.empty()
                : Optional.of(ShouldHaveInsightSelectors.shouldHaveNoInsightSelectors(trail, actual));
    }

    static Optional<ErrorMessageFactory> hasTag(String trailName, List<Tag> tags, String key, String value) {
        boolean found = tags.stream()
                .anyMatch(tag -> Objects.equals(tag.key(), key) && valueOf(tag.value()).equals(valueOf(value)));
        return found ? Optional.empty() : Optional.of(ShouldHaveTag.shouldHaveTag(trailName, key, value, tags));
    }

    static Optional<ErrorMessageFactory> hasNoTag(String trailName, List<Tag> tags, String key) {
        boolean found = tags.stream().anyMatch(tag -> Objects.equals(tag.key(), key));
        return found ? Optional.of(ShouldHaveTag.shouldNotHaveTag(trailName, key, tags)) : Optional.empty();
    }

    /** The verdicts on a read-only and a write management event from the source whose outcome is {@code logged}. */
    private static Map<String, SelectorVerdict> managementVerdicts(GetEventSelectorsResponse selectors, String eventSource,
            ReadWriteType readWriteType, boolean logged) {
        SelectorEvaluator evaluator = SelectorEvaluator.of(selectors);
        Map<String, SelectorVerdict> verdicts = new LinkedHashMap<>();
        EventDescription.Builder event = EventDescription.management(eventSource, ANY_OPERATION);
        if (readWriteType != ReadWriteType.WRITE_ONLY) {
            verdicts.put("read-only", evaluator.explain(event.readOnly(true).build()));
        }
        if (readWriteType != ReadWriteType.READ_ONLY) {
            verdicts.put("write", evaluator.explain(event.readOnly(false).build()));
        }
        verdicts.values().removeIf(verdict -> verdict.logged() != logged);
        return verdicts;
    }

    private static List<SelectorVerdict> dataVerdicts(GetEventSelectorsResponse selectors, String type, String arn,
            ReadWriteType readWriteType, boolean logged) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(readWriteType, "readWriteType");
        SelectorEvaluator evaluator = SelectorEvaluator.of(selectors);
        return DataEventProbes.on(type, arn, readWriteType).stream()
                .map(evaluator::explain)
                .filter(verdict -> verdict.logged() == logged)
                .toList();
    }

    /** CloudTrail stores a tag without value with an empty value, which the SDK may read as absent. */
    private static String valueOf(String tagValue) {
        return tagValue == null ? "" : tagValue;
    }
}
