package io.github.mockcloudtrail.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Real CloudTrail records in the mock's event history before a test runs: on a class, for every test
 * of the class; on a method, for that test only.
 *
 * <p>Each location is {@code classpath:PATH} (a resource of the test's class path) or a file system
 * path, naming a file or a folder of files. Files may be CloudTrail log files as delivered to S3
 * ({@code {"Records":[...]}}, plain or {@code .json.gz}), JSON lines of records, or saved
 * {@code aws cloudtrail lookup-events} output. Every record keeps its fields as written and is filed
 * under its own {@code recipientAccountId} and {@code awsRegion}: a client signed for that Region with
 * that account ID as access key finds it.
 *
 * <p>Records older than the lookup window (90 days before the mock's clock, by default) are loaded but
 * not returned: for old log files set {@code @MockCloudTrail(lookupWindowDays = 0)} or fix the clock.
 *
 * <pre>{@code
 * @MockCloudTrail(accountId = "111122223333", lookupWindowDays = 0)
 * @SeedEvents("classpath:cloudtrail/111122223333_CloudTrail_us-east-1_20240301T1200Z.json.gz")
 * class AuditReaderTest { ... }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface SeedEvents {

    /** {@return locations of record files or folders: {@code classpath:PATH} or a file system path} */
    String[] value();
}
