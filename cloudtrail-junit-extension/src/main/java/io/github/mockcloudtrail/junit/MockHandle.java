package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.CallCount;
import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.FaultPlan;
import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.RecordedCalls;
import io.github.mockcloudtrail.TrailSeed;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;

/**
 * The {@link CloudTrailMock} injected into tests: a view of a scope for one Region and account. Every
 * operation acts on the session the scope's requests go to at that moment, so state, journal and faults
 * are always those the test's clients see.
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
    public RecordedCalls calls() {
        return scope.target().journal();
    }

    @Override
    public void verify(Operation operation, CallCount count) {
        CallVerifier.verify(calls(), operation, count);
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
