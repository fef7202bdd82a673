package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.FaultPlan;
import io.github.mockcloudtrail.MockClock;
import io.github.mockcloudtrail.RecordedCalls;
import io.github.mockcloudtrail.TrailSeed;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;

/**
 * The {@link CloudTrailMock} injected into tests: a view of a scope for one Region and account. Every
 * operation acts on the session the scope's requests go to at that moment, so state, journal and faults
 * are always those the test's clients see; the clock is that session's engine's own, so fixing it in one test
 * never moves another test's clock. Seeds that name no Region or account go to the handle's.
 */
final class MockHandle implements CloudTrailMock {
    private final MockScope scope;
    private final Region region;
    private final String accountId;

    MockHandle(MockScope scope, Region region, String accountId) {
        this.scope = scope;
        this.region = region;
        this.accountId = accountId;
    }

    @Override
    public URI endpoint() {
        return scope.endpoint().uri();
    }

    @Override
    public Region region() {
        return region;
    }

    @Override
    public String accountId() {
        return accountId;
    }

    @Override
    public AwsCredentialsProvider credentialsProvider() {
        return SdkClients.credentials(scope.accessKey(accountId));
    }

    @Override
    public CloudTrailClientBuilder clientBuilder() {
        return scope.clientBuilder(region, accountId);
    }

    @Override
    public void seedTrail(TrailSeed seed) {
        Seeding.seed(scope.target().engine(), seed, region, accountId);
    }

    @Override
    public void reset() {
        scope.target().engine().reset();
    }

    @Override
    public MockClock clock() {
        return Seeding.clockOf(scope.target().engine());
    }

    @Override
    public void seedEvent(EventSeed seed) {
        scope.target().engine().history().seed(seed, region.id(), accountId);
    }

    @Override
    public int seedEvents(Path fileOrFolder) {
        return scope.target().engine().history().seed(fileOrFolder, region.id());
    }

    @Override
    public int seedEvents(String location) {
        return EventSeeding.load(scope.target().engine().history(), location, EventSeeding.contextClassLoader(),
                region.id());
    }

    @Override
    public void setLookupWindow(Duration window) {
        scope.target().engine().history().setLookupWindow(window);
    }

    @Override
    public void recordCalls(boolean recordCalls) {
        scope.target().engine().history().setRecording(recordCalls);
    }

    @Override
    public RecordedCalls calls() {
        return scope.target().journal();
    }

    @Override
    public FaultPlan faults() {
        return scope.target().faults();
    }

    @Override
    public String toString() {
        return "CloudTrailMock[" + endpoint() + ", " + region + ", " + accountId + "]";
    }
}
