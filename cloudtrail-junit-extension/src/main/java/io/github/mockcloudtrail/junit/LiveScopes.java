package io.github.mockcloudtrail.junit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The scopes one extension instance serves right now, so that {@code CLOUDTRAIL.endpoint()} and its friends
 * can answer outside any test context, as Spring's {@code @DynamicPropertySource} suppliers call them.
 *
 * <p>It owns nothing: scopes are owned, and closed, by the {@code ExtensionContext.Store} that holds them,
 * and leave this index when they close. The one exception is an endpoint started here because
 * {@code endpoint()} was called before any test context asked for one (a {@code PER_CLASS} test instance is
 * created before {@code @BeforeAll}); it waits here until the class that needs it adopts it into its Store.
 */
final class LiveScopes {
    private final Set<MockScope> live = ConcurrentHashMap.newKeySet();
    private MockScope parked;

    /** Indexes a scope until it closes. */
    void add(MockScope scope) {
        live.add(scope);
        scope.onClose(() -> live.remove(scope));
    }

    /** The scope started early, if any, for a context to adopt. */
    synchronized MockScope adoptParked() {
        MockScope adopted = parked;
        parked = null;
        return adopted;
    }

    /**
     * The one live scope; without one, an early scope started with {@code start}.
     *
     * @throws IllegalStateException when several test classes (or instance-field tests) use the extension at once
     */
    synchronized MockScope current(Supplier<MockScope> start) {
        List<MockScope> scopes = List.copyOf(live);
        if (scopes.size() == 1) {
            return scopes.get(0);
        }
        if (scopes.isEmpty()) {
            if (parked == null) {
                parked = start.get();
            }
            return parked;
        }
        throw new IllegalStateException("This MockCloudTrailExtension serves " + scopes.size() + " mocks at once "
                + scopes + ", so it cannot tell which one you mean: inject CloudTrailMock into the test instead.");
    }
}
