package io.github.mockcloudtrail.assertj;

import static io.github.mockcloudtrail.assertj.error.ShouldHaveRecordField.shouldHaveErrorCode;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveRecordField.shouldHaveEventName;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveRecordField.shouldHaveNoErrorCode;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveRecordField.shouldHaveRequestParameter;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveRecordField.shouldHaveUserIdentityArn;
import static io.github.mockcloudtrail.assertj.error.ShouldHaveRecordField.shouldHaveUserIdentityType;

import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on the fields of one CloudTrail record: reached from an event ({@code event(0).record()}) or
 * asserted on directly, for records read from S3 log files.
 *
 * <pre><code class='java'> assertThat(CloudTrailRecord.parse(recordJson))
 *     .hasEventName("StopLogging")
 *     .hasUserIdentityType("AssumedRole")
 *     .hasUserIdentityArn("arn:aws:sts::123456789012:assumed-role/Admin/mallory")
 *     .hasRequestParameter("name", "org-audit")
 *     .hasNoErrorCode();</code></pre>
 */
public class CloudTrailRecordAssert extends AbstractCloudTrailAssert<CloudTrailRecordAssert, CloudTrailRecord> {

    /**
     * Assertions on a CloudTrail record; tests usually get them from {@link CloudTrailAssertions}.
     *
     * @param actual the value to check
     */
    public CloudTrailRecordAssert(CloudTrailRecord actual) {
        super(actual, CloudTrailRecordAssert.class);
    }

    /**
     * Verifies the record's {@code eventName}.
     *
     * <pre><code class='java'> assertThat(record).hasEventName("StopLogging");</code></pre>
     *
     * @param eventName the API operation
     * @return this assertion object
     * @throws AssertionError if the record is null
     * @throws AssertionError if the record has another {@code eventName}
     */
    public CloudTrailRecordAssert hasEventName(String eventName) {
        return check(record -> Objects.equals(eventName, record.eventName()),
                record -> shouldHaveEventName(record, eventName));
    }

    /**
     * Verifies the caller's identity type ({@code userIdentity.type}), such as {@code IAMUser},
     * {@code AssumedRole}, {@code Root} or {@code AWSService}.
     *
     * <pre><code class='java'> assertThat(record).hasUserIdentityType("AssumedRole");</code></pre>
     *
     * @param type the identity type
     * @return this assertion object
     * @throws AssertionError if the record is null
     * @throws AssertionError if the record has no {@code userIdentity.type}, or another one
     */
    public CloudTrailRecordAssert hasUserIdentityType(String type) {
        return check(record -> Objects.equals(Optional.ofNullable(type), record.userIdentityType()),
                record -> shouldHaveUserIdentityType(record, type));
    }

    /**
     * Verifies the caller's ARN ({@code userIdentity.arn}).
     *
     * <pre><code class='java'>
     * assertThat(record).hasUserIdentityArn("arn:aws:iam::123456789012:user/mock-user");</code></pre>
     *
     * @param arn the caller's ARN
     * @return this assertion object
     * @throws AssertionError if the record is null
     * @throws AssertionError if the record has no {@code userIdentity.arn}, or another one
     */
    public CloudTrailRecordAssert hasUserIdentityArn(String arn) {
        return check(record -> Objects.equals(Optional.ofNullable(arn), record.userIdentityArn()),
                record -> shouldHaveUserIdentityArn(record, arn));
    }

    /**
     * Verifies a top-level request parameter; values that are not strings are compared as JSON, such as
     * {@code true} or {@code ["a","b"]} (see {@link CloudTrailRecord#requestParameters()}).
     *
     * <pre><code class='java'> assertThat(record).hasRequestParameter("name", "org-audit");</code></pre>
     *
     * @param name the parameter's name
     * @param value the parameter's value
     * @return this assertion object
     * @throws AssertionError if the record is null
     * @throws AssertionError if the record has no such request parameter, or one with another value
     */
    public CloudTrailRecordAssert hasRequestParameter(String name, String value) {
        return check(record -> Objects.equals(value, record.requestParameters().get(name)),
                record -> shouldHaveRequestParameter(record, name, value));
    }

    /**
     * Verifies that the call failed with this error code ({@code errorCode}).
     *
     * <pre><code class='java'> assertThat(record).hasErrorCode("TrailNotFoundException");</code></pre>
     *
     * @param errorCode the error code
     * @return this assertion object
     * @throws AssertionError if the record is null
     * @throws AssertionError if the record has no {@code errorCode}, or another one
     */
    public CloudTrailRecordAssert hasErrorCode(String errorCode) {
        return check(record -> Objects.equals(Optional.ofNullable(errorCode), record.errorCode()),
                record -> shouldHaveErrorCode(record, errorCode));
    }

    /**
     * Verifies that the call succeeded: the record has no {@code errorCode}.
     *
     * <pre><code class='java'> assertThat(record).hasNoErrorCode();</code></pre>
     *
     * @return this assertion object
     * @throws AssertionError if the record is null
     * @throws AssertionError if the record has an {@code errorCode}
     */
    public CloudTrailRecordAssert hasNoErrorCode() {
        return check(record -> record.errorCode().isEmpty(), record -> shouldHaveNoErrorCode(record));
    }

    /**
     * Leads back to the event this record was reached from.
     *
     * <pre><code class='java'>
     * assertThat(event).record().hasNoErrorCode().returnToEvent().hasUsername("mock-user");</code></pre>
     *
     * @return the event's assertion object
     * @throws IllegalStateException if the record was not reached from {@link EventAssert#record()}
     */
    public EventAssert returnToEvent() {
        return origin(EventAssert.class, "EventAssert.record()");
    }
}
