package io.github.mockcloudtrail.assertj;

import io.github.mockcloudtrail.junit.MockCloudTrail;
import io.github.mockcloudtrail.junit.SeedAdvancedEventSelector;
import io.github.mockcloudtrail.junit.SeedDataResource;
import io.github.mockcloudtrail.junit.SeedEventSelector;
import io.github.mockcloudtrail.junit.SeedFieldSelector;
import io.github.mockcloudtrail.junit.SeedTrail;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import software.amazon.awssdk.services.cloudtrail.model.InsightType;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/**
 * A mock CloudTrail holding trails with the selectors teams really use; {@link Fixtures} has how failure
 * messages print them.
 *
 * <ul>
 *   <li>{@code management-only}: CloudTrail's default selector, all management events;</li>
 *   <li>{@code payroll-audit}: write events only, management ones and those on objects of bucket payroll,
 *       plus Insights on API call rates;</li>
 *   <li>{@code no-kms}: all management events but KMS ones, and data events on every S3 object;</li>
 *   <li>{@code data-only}: data events on objects of bucket payroll, no management events;</li>
 *   <li>{@code fine-grained}: advanced selectors for management events and objects of bucket payroll.</li>
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockCloudTrail(clock = "2024-03-01T12:00:00Z")
@SeedTrail(name = "management-only", logging = true)
@SeedTrail(name = "payroll-audit", logging = true, insightTypes = InsightType.API_CALL_RATE_INSIGHT,
        eventSelectors = @SeedEventSelector(readWriteType = ReadWriteType.WRITE_ONLY,
                dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::payroll/")))
@SeedTrail(name = "no-kms", logging = true, eventSelectors = @SeedEventSelector(
        excludeManagementEventSources = "kms.amazonaws.com",
        dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::")))
@SeedTrail(name = "data-only", logging = true, eventSelectors = @SeedEventSelector(includeManagementEvents = false,
        dataResources = @SeedDataResource(type = "AWS::S3::Object", values = "arn:aws:s3:::payroll/")))
@SeedTrail(name = "fine-grained", logging = true, advancedEventSelectors = {
    @SeedAdvancedEventSelector(name = "Management events", fieldSelectors =
            @SeedFieldSelector(field = "eventCategory", equalsValue = "Management")),
    @SeedAdvancedEventSelector(name = "Payroll objects", fieldSelectors = {
        @SeedFieldSelector(field = "eventCategory", equalsValue = "Data"),
        @SeedFieldSelector(field = "resources.type", equalsValue = "AWS::S3::Object"),
        @SeedFieldSelector(field = "resources.ARN", startsWith = "arn:aws:s3:::payroll/")})})
@interface SelectorTrails {
}
