package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.server.AwsJsonCodec;
import java.net.URI;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * Loads, on a thread of its own, classes that the first test class of a JVM would otherwise load while it waits:
 * those of the codec and of a {@code CloudTrailClient}. That class starts its server first and builds its client
 * afterwards, on one thread; meanwhile this builds and closes a client that never sends anything, so that the real
 * one finds most of its classes loaded. It changes no state: a failure here is logged at DEBUG and left for the
 * real client to meet and report.
 *
 * <pre>{@code
 * ClassPreloading.start(); // then start the server
 * }</pre>
 */
final class ClassPreloading {
    /** Never called: the client built here sends no request. */
    private static final String UNUSED_ENDPOINT = "http://127.0.0.1:9";
    /** The access key of the preloaded client; it signs nothing, as the client sends nothing. */
    private static final String ACCESS_KEY = "AKIDPRELOAD";
    private static final System.Logger LOG = System.getLogger(ClassPreloading.class.getName());

    private ClassPreloading() {
    }

    /** Starts loading on a daemon thread and returns that thread. */
    static Thread start() {
        Thread loader = new Thread(ClassPreloading::load, "mock-cloudtrail-preload");
        loader.setDaemon(true);
        loader.start();
        return loader;
    }

    /** Loads the classes on this thread. */
    static void load() {
        try {
            AwsJsonCodec.warmUp();
            neverSendingClient().close();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "Preloading the SDK client's classes failed; the first client will"
                    + " load them itself.", e);
        }
    }

    /** A client configured as the injected ones are, on an HTTP client that refuses to send. */
    static CloudTrailClient neverSendingClient() {
        return SdkClients.configured(CloudTrailClient.builder(), URI.create(UNUSED_ENDPOINT), Region.US_EAST_1,
                        SdkClients.credentials(ACCESS_KEY))
                .httpClient(new NoHttp())
                .build();
    }

    /** The HTTP client of the preloaded client, which is built and closed but never asked to send. */
    private static final class NoHttp implements SdkHttpClient {
        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            throw new IllegalStateException("The client built to preload classes sends nothing.");
        }

        @Override
        public void close() {
        }
    }
}
