package io.github.mockcloudtrail.assertj.error;

import static io.github.mockcloudtrail.assertj.error.Texts.quote;

import io.github.mockcloudtrail.assertj.CloudTrailRecord;
import java.util.Optional;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failures of the fields of one CloudTrail record: the expectation, then the record's main fields.
 *
 * <pre><code class='java'>
 * throw assertionError(ShouldHaveRecordField.shouldHaveErrorCode(record, "TrailNotFoundException"));
 * // Expecting the CloudTrail record of DeleteTrail from cloudtrail.amazonaws.com at 2024-03-01T12:00:00Z
 * // to have errorCode "TrailNotFoundException", but it has none.
 * // CloudTrail record:
 * //   eventName: DeleteTrail
 * //   ...</code></pre>
 */
public final class ShouldHaveRecordField extends CloudTrailErrorMessageFactory {

    private ShouldHaveRecordField(CloudTrailRecord record, String expectation, String instead) {
        super(lines("Expecting " + Texts.record(record), expectation + ", but " + instead + ".", Texts.recordDetails(record)));
    }

    /**
     * An event or record with another name than expected.
     *
     * @param record the record
     * @param eventName the expected event name
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveEventName(CloudTrailRecord record, String eventName) {
        return new ShouldHaveRecordField(record, "to have eventName " + quote(eventName), "it has " + quote(record.eventName()));
    }

    /**
     * A record made by another kind of identity than expected.
     *
     * @param record the record
     * @param type the expected type
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveUserIdentityType(CloudTrailRecord record, String type) {
        return new ShouldHaveRecordField(record, "to have userIdentity type " + quote(type),
                "it has " + quoted(record.userIdentityType()));
    }

    /**
     * A record made by another identity than expected.
     *
     * @param record the record
     * @param arn the expected ARN
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveUserIdentityArn(CloudTrailRecord record, String arn) {
        return new ShouldHaveRecordField(record, "to have userIdentity ARN " + quote(arn),
                "it has " + quoted(record.userIdentityArn()));
    }

    /**
     * A record without the expected request parameter value.
     *
     * @param record the record
     * @param name the expected name
     * @param value the expected value
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveRequestParameter(CloudTrailRecord record, String name, String value) {
        String actual = record.requestParameters().get(name);
        return new ShouldHaveRecordField(record, "to have request parameter " + name + " = " + quote(value),
                actual == null ? "it has no request parameter " + name : "it is " + quote(actual));
    }

    /**
     * A record without the expected error code.
     *
     * @param record the record
     * @param errorCode the expected error code
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveErrorCode(CloudTrailRecord record, String errorCode) {
        return new ShouldHaveRecordField(record, "to have errorCode " + quote(errorCode),
                "it has " + quoted(record.errorCode()));
    }

    /**
     * A record of a call that failed, where success is expected.
     *
     * @param record the record
     * @return the failure message
     */
    public static ErrorMessageFactory shouldHaveNoErrorCode(CloudTrailRecord record) {
        return new ShouldHaveRecordField(record, "to have no errorCode", "it has " + quoted(record.errorCode()));
    }

    private static String quoted(Optional<String> value) {
        return value.map(Texts::quote).orElse("none");
    }
}
