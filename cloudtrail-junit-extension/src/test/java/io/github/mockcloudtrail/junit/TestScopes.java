package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.engine.EngineOptions;
import software.amazon.awssdk.regions.Region;

/** Scopes started by hand, outside any test context, owning their endpoint; the caller closes them. */
final class TestScopes {
    private TestScopes() {
    }

    /** A class scope on a new endpoint with the default settings, on threads of its own. */
    static MockScope start() {
        MockEndpoint endpoint = MockEndpoint.start(new MockSettings(Region.US_EAST_1, "123456789012",
                EngineOptions.defaults()), null);
        return MockScope.ofClass(endpoint, endpoint.root(), true);
    }
}
