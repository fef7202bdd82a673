package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.engine.Caller;
import java.util.Objects;

/**
 * Where a request goes: the session that serves it and the caller it acts as there.
 *
 * <pre>{@code
 * Route route = router.route(scope.accessKeyId(), scope.region());
 * route.session().engine().execute(operation, route.caller(), request);
 * }</pre>
 *
 * @param session the session serving the request
 * @param caller the account, Region and access key of the request
 */
public record Route(Session session, Caller caller) {
    /**
     * Checks that both members are given.
     *
     * @param session the session
     * @param caller the caller
     */
    public Route {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(caller, "caller");
    }
}
