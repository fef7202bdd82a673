package io.github.mockcloudtrail.junit;

import org.junit.jupiter.api.extension.ParameterResolutionException;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;

/**
 * The async HTTP client behind injected {@code CloudTrailAsyncClient}s: the SDK's Netty client, chosen
 * explicitly. The library does not depend on it; a test that asks for an async client without it on the
 * class path gets a {@code ParameterResolutionException} that says which dependency to add.
 */
final class AsyncHttp {
    static final String NETTY_CLIENT_CLASS = "software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient";
    static final String MISSING = "A CloudTrailAsyncClient needs an async SDK HTTP client on the test class path, and"
            + " there is none: add software.amazon.awssdk:netty-nio-client (test scope, the version of your AWS SDK)."
            + " The sync CloudTrailClient works without it.";

    private AsyncHttp() {
    }

    /**
     * A new Netty client; the caller closes it.
     *
     * @throws ParameterResolutionException if Netty's SDK client is not on the class path
     */
    static SdkAsyncHttpClient create() {
        try {
            Class.forName(NETTY_CLIENT_CLASS, false, AsyncHttp.class.getClassLoader());
            return Netty.create();
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ParameterResolutionException(MISSING, e);
        }
    }

    /** Touches Netty's classes only once they are known to be there. */
    private static final class Netty {
        static SdkAsyncHttpClient create() {
            return NettyNioAsyncHttpClient.builder().build();
        }
    }
}
