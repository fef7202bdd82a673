package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.engine.Caller;
import io.github.mockcloudtrail.engine.CloudTrailApiException;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import java.time.Instant;
import java.util.Objects;

/**
 * What one group of callers talks to: an engine with its state, the journal of their calls, the faults
 * planned for them and their LookupEvents throttle.
 *
 * <p>A server may serve several sessions, chosen per request by a {@link RequestRouter}. Sessions form a
 * tree: the JUnit extension gives a test class a session and each test method a child session whose
 * engine starts as a copy of the class's state and whose plan starts with the class's faults.
 *
 * <pre>{@code
 * Session classSession = new Session("class AuditTest", engine, SessionOptions.defaults());
 * Session methodSession = classSession.child("method audits()", forkedEngine);
 * }</pre>
 */
public final class Session {
    private final String name;
    private final CloudTrailEngine engine;
    private final Session parent;
    private final SessionOptions options;
    private final CallJournal journal;
    private final FaultSchedule faults = new FaultSchedule();
    private final LookupThrottle throttle;

    /**
     * A top-level session, with an empty journal and no faults.
     *
     * @param name names the session in messages, such as the test class
     * @param engine the engine that answers its requests
     * @param options its journal limit and throttling
     */
    public Session(String name, CloudTrailEngine engine, SessionOptions options) {
        this(name, engine, null, options);
    }

    private Session(String name, CloudTrailEngine engine, Session parent, SessionOptions options) {
        this.name = Objects.requireNonNull(name, "name");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.parent = parent;
        this.options = Objects.requireNonNull(options, "options");
        this.journal = new CallJournal(options.journalLimit());
        this.throttle = options.throttleLookupEvents() ? new LookupThrottle() : null;
    }

    /**
     * A session below this one, with its own engine, an empty journal, and this session's faults, each
     * with its full count; faults inherited this way are the parent's, not the child's own.
     *
     * @param name names the session in messages, such as the test method
     * @param engine the engine that answers its requests
     * @return the new session
     */
    public Session child(String name, CloudTrailEngine engine) {
        Session child = new Session(name, engine, this, options);
        child.faults.inherit(faults);
        return child;
    }

    /** {@return the session's name, for messages} */
    public String name() {
        return name;
    }

    /** {@return the engine that answers the session's requests} */
    public CloudTrailEngine engine() {
        return engine;
    }

    /** {@return the calls the session received} */
    public CallJournal journal() {
        return journal;
    }

    /** {@return the faults the session injects} */
    public FaultSchedule faults() {
        return faults;
    }

    /** {@return the session's journal limit and throttling} */
    public SessionOptions options() {
        return options;
    }

    /**
     * Whether this session is {@code ancestor} or lies below it.
     *
     * @param ancestor a session
     * @return whether this session is it or lies below it
     */
    public boolean isWithin(Session ancestor) {
        for (Session current = this; current != null; current = current.parent) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The time on this session's clock, the engine's. */
    Instant now() {
        return engine.options().clock().instant();
    }

    /**
     * Lets a call through the session's limits.
     *
     * @throws CloudTrailApiException {@code ThrottlingException} if the call exceeds them
     */
    void admit(Operation operation, Caller caller) {
        if (throttle != null && operation == Operation.LOOKUP_EVENTS) {
            throttle.admit(caller, now());
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
