package io.github.mockcloudtrail.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailAsyncClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * The AWS SDK v2's HTTP clients, each configured by hand as a user would (static credentials, no retries), for
 * tests that must pass whichever one a user picks: the sync client on Apache's HTTP client or on the JDK's
 * URLConnection, and the async client on Netty. The async client is seen through the sync interface: each call
 * goes to the async method of the same name and waits for it, so one scenario drives all three (paginators,
 * whose async form is a publisher, are not mapped).
 *
 * <pre>{@code
 * try (CloudTrailClient client = SdkHttpClients.NETTY_ASYNC.client(endpoint, Region.US_EAST_1, "123456789012")) {
 *     client.describeTrails();   // CloudTrailAsyncClient.describeTrails().join(), on Netty
 * }
 * }</pre>
 */
enum SdkHttpClients {
    APACHE {
        @Override
        CloudTrailClient client(URI endpoint, Region region, String accessKeyId) {
            return configured(CloudTrailClient.builder().httpClientBuilder(ApacheHttpClient.builder()), endpoint, region,
                    accessKeyId);
        }
    },
    URL_CONNECTION {
        @Override
        CloudTrailClient client(URI endpoint, Region region, String accessKeyId) {
            return configured(CloudTrailClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()), endpoint,
                    region, accessKeyId);
        }
    },
    NETTY_ASYNC {
        @Override
        CloudTrailClient client(URI endpoint, Region region, String accessKeyId) {
            CloudTrailAsyncClient async = configured(CloudTrailAsyncClient.builder()
                    .httpClientBuilder(NettyNioAsyncHttpClient.builder()), endpoint, region, accessKeyId);
            return (CloudTrailClient) Proxy.newProxyInstance(CloudTrailClient.class.getClassLoader(),
                    new Class<?>[] {CloudTrailClient.class}, (proxy, method, args) -> callAsync(async, method, args));
        }
    };

    /** A client signed for the Region with the access key (a 12-digit key makes the mock act as that account). */
    abstract CloudTrailClient client(URI endpoint, Region region, String accessKeyId);

    /** Any client builder, pointed at the endpoint with static credentials (any secret works) and no retries. */
    private static <B extends AwsClientBuilder<B, C>, C> C configured(B builder, URI endpoint, Region region,
            String accessKeyId) {
        AwsBasicCredentials credentials = AwsBasicCredentials.create(accessKeyId, "any-secret");
        return builder.endpointOverride(endpoint).region(region)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /** Calls the async method of the same signature and waits; SDK exceptions come out as the sync client's do. */
    private static Object callAsync(CloudTrailAsyncClient async, Method method, Object[] args) throws Throwable {
        Method target = CloudTrailAsyncClient.class.getMethod(method.getName(), method.getParameterTypes());
        Object result;
        try {
            result = target.invoke(async, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (!(result instanceof CompletableFuture<?> future)) {
            return result;
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause();
        }
    }
}
