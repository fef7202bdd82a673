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

    public static ErrorMessageFactory shouldHaveEventName(CloudTrailRecord record, String eventName) {
        return new ShouldHaveRecordField(record, "to have eventName " + quote(eventName), "it has " + quote(record.eventName()));
    }

    public static ErrorMessageFactory shouldHaveUserIdentityType(CloudTrailRecord record, String type) {
        return new ShouldHaveRecordField(record, "to have userIdentity type " + quote(type),
                "it has " + quoted(record.userIdentityType()));
    }

    public static ErrorMessageFactory shouldHaveUserIdentityArn(CloudTrailRecord record, String arn) {
        return new ShouldHaveRecordField(record, "to have userIdentity ARN " + quote(arn),
                "it has " + quoted(record.userIdentityArn()));
    }

    public static ErrorMessageFactory shouldHaveRequestParameter(CloudTrailRecord record, String name, String value) {
        String actual = record.requestParameters().get(name);
        return new ShouldHaveRecordField(record, "to have request parameter " + name + " = " + quote(value),
                actual == null ? "it has no request parameter " + name : "it is " + quote(actual));
    }

    public static ErrorMessageFactory shouldHaveErrorCode(CloudTrailRecord record, String errorCode) {
        return new ShouldHaveRecordField(record, "to have errorCode " + quote(errorCode),
                "it has " + quoted(record.errorCode()));
    }

    public static ErrorMessageFactory shouldHaveNoErrorCode(CloudTrailRecord record) {
        return new ShouldHaveRecordField(record, "to have no errorCode", "it has " + quoted(record.errorCode()));
    }

    private static String quoted(Optional<String> value) {
        return value.map(Texts::quote).orElse("none");
    }
}
