package io.github.mockcloudtrail.junit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;

/**
 * Builds SDK clients for a mock endpoint: explicit Apache HTTP client (the JDK URLConnection client
 * stalls about a millisecond on every POST, and an explicit choice avoids "multiple HTTP
 * implementations" errors), static credentials, and no retries, so tests see every error as it is.
 */
final class SdkClients {
    /** The customizer of injected clients when none is set: they then run only on resources the endpoint owns. */
    static final Consumer<CloudTrailClientBuilder> NO_CUSTOMIZATION = builder -> { };
    /** Any secret works: the mock does not verify signatures. */
    static final String SECRET_ACCESS_KEY = "mock-cloudtrail-secret";

    private SdkClients() {
    }

    /** Credentials whose access key is the account ID, which makes the mock act as that account. */
    static AwsCredentialsProvider credentialsFor(String accountId) {
        return credentials(accountId);
    }

    /** Static credentials with this access key and a dummy secret. */
    static AwsCredentialsProvider credentials(String accessKeyId) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, SECRET_ACCESS_KEY));
    }

    static CloudTrailClientBuilder builder(URI endpoint, Region region, AwsCredentialsProvider credentials) {
        return configured(CloudTrailClient.builder(), endpoint, region, credentials)
                .httpClientBuilder(ApacheHttpClient.builder());
    }

    /** Endpoint, Region, credentials and no retries, on a sync or an async client builder. */
    static <B extends AwsClientBuilder<B, ?>> B configured(B builder, URI endpoint, Region region,
            AwsCredentialsProvider credentials) {
        return builder.endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(credentials)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
    }

    /**
     * A view of a client whose {@code close()} does nothing, for clients the extension owns: code under
     * test that closes the client it was given must not break the next test.
     */
    static <T> T unclosable(Class<T> type, T client) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (isClose(method)) {
                return null;
            }
            try {
                return method.invoke(client, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static boolean isClose(Method method) {
        return method.getName().equals("close") && method.getParameterCount() == 0;
    }
}
