package io.github.mockcloudtrail.server;

import java.util.Objects;

/**
 * Serves every request from one session, as the standalone server does: the access key only selects the
 * account (a 12-digit key acts as that account, any other key as the default account).
 *
 * <pre>{@code
 * new SingleSessionRouter(new Session("standalone", engine, SessionOptions.defaults()));
 * }</pre>
 */
public final class SingleSessionRouter implements RequestRouter {
    private final Session session;

    /**
     * A router that sends every request to one session.
     *
     * @param session the session
     */
    public SingleSessionRouter(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    @Override
    public Route route(String accessKeyId, String region) {
        return new Route(session, session.engine().callerFor(accessKeyId, region));
    }

    @Override
    public Session unsignedSession() {
        return session;
    }
}
