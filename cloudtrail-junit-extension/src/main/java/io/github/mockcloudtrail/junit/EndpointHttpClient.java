package io.github.mockcloudtrail.junit;

import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * One endpoint's view of the run's shared HTTP client: closing it closes nothing shared, but a client that
 * outlives its endpoint (kept past the end of its test class) fails at once with a message that says so, rather
 * than calling a port that a later class may have been given.
 *
 * <pre>{@code
 * SdkHttpClient http = new EndpointHttpClient(shared.httpClient(), endpoint.toString());
 * }</pre>
 */
final class EndpointHttpClient implements SdkHttpClient {
    private final SdkHttpClient shared;
    private final String endpoint;
    private volatile boolean closed;

    EndpointHttpClient(SdkHttpClient shared, String endpoint) {
        this.shared = shared;
        this.endpoint = endpoint;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        if (closed) {
            throw new IllegalStateException(endpoint + " is closed: the test that owned it has finished.");
        }
        return shared.prepareRequest(request);
    }

    @Override
    public String clientName() {
        return shared.clientName();
    }

    @Override
    public void close() {
        closed = true;
    }
}
