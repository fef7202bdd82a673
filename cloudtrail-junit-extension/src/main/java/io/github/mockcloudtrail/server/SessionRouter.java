package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.engine.Caller;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Routes requests to a tree of sessions by access key, so that test methods running at the same time on
 * one server each see their own state.
 *
 * <p>{@link #bind} hands out access keys: a key acts as the account it was bound with, in its session.
 * Keys look like temporary AWS keys ({@code ASIAMOCK...}) and are never 12 digits, so they never collide
 * with the rule that a 12-digit key selects that account. While sessions are {@linkplain #started
 * running}, a request for a session that is not running itself follows the one running session below it,
 * if there is exactly one; otherwise it stays where it is. Requests signed with a key the router did not
 * hand out go to the root session and follow the same rule, acting as the account the engine derives from
 * the key.
 *
 * <pre>{@code
 * SessionRouter router = new SessionRouter(classSession);
 * Session method = classSession.child("method", forkedEngine);
 * String key = router.bind(method, "123456789012");
 * router.started(method);
 * // requests signed with key, and with unknown keys while only this method runs, go to `method`
 * router.finished(method);
 * router.unbind(key);
 * }</pre>
 */
public final class SessionRouter implements RequestRouter {
    private final Session root;
    private final Map<String, Binding> bindings = new ConcurrentHashMap<>();
    private final Set<Session> running = ConcurrentHashMap.newKeySet();
    private final AtomicLong keys = new AtomicLong();

    /**
     * A router whose unsigned requests, and requests with unknown keys, go to {@code root}.
     *
     * @param root the top session, the test class's
     */
    public SessionRouter(Session root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** {@return the top session} */
    public Session root() {
        return root;
    }

    /**
     * A new access key that acts as {@code accountId} in {@code session}.
     *
     * @param session the session the key's requests go to
     * @param accountId the account the key acts as
     * @return the access key
     */
    public String bind(Session session, String accountId) {
        String key = String.format("ASIAMOCK%012X", keys.incrementAndGet());
        bindings.put(key, new Binding(Objects.requireNonNull(session, "session"), Objects.requireNonNull(accountId)));
        return key;
    }

    /**
     * Forgets a key; requests signed with it then count as signed with an unknown key.
     *
     * @param accessKeyId a key {@link #bind} returned
     */
    public void unbind(String accessKeyId) {
        bindings.remove(accessKeyId);
    }

    /**
     * Marks a session as running: requests for the sessions above it may follow it.
     *
     * @param session the session, such as a test method's
     */
    public void started(Session session) {
        running.add(session);
    }

    /**
     * Marks a session as no longer running.
     *
     * @param session a session passed to {@link #started}
     */
    public void finished(Session session) {
        running.remove(session);
    }

    /**
     * The session that serves requests meant for {@code session} right now: itself when it runs or when
     * no single running session lies below it, else that running session.
     *
     * @param session the session a request is meant for
     * @return the session that serves it
     */
    public Session target(Session session) {
        if (running.isEmpty() || running.contains(session)) {
            return session;
        }
        // A loop rather than a stream: this runs on every request.
        Session below = null;
        for (Session candidate : running) {
            if (candidate.isWithin(session)) {
                if (below != null) {
                    return session;
                }
                below = candidate;
            }
        }
        return below == null ? session : below;
    }

    @Override
    public Route route(String accessKeyId, String region) {
        Binding binding = bindings.get(accessKeyId);
        if (binding == null) {
            Session target = target(root);
            return new Route(target, target.engine().callerFor(accessKeyId, region));
        }
        return new Route(target(binding.session), new Caller(binding.accountId, region, accessKeyId));
    }

    @Override
    public Session unsignedSession() {
        return target(root);
    }

    private record Binding(Session session, String accountId) {
    }
}
