package io.github.mockcloudtrail.junit;

import static io.github.mockcloudtrail.junit.MockCloudTrailExtension.NAMESPACE;

import io.github.mockcloudtrail.FaultRule;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.server.Session;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Creates, and finds again, the scopes of one extension instance's test classes and tests in JUnit's
 * Store, as the isolation mode says: the owner's endpoint with its seeds, nested classes forked from the
 * enclosing baseline, a forked session or an endpoint of its own for each test.
 *
 * <pre>{@code
 * MockScope classScope = scopes.ofClass(declaration, classContext);
 * MockScope testScope = scopes.ofTest(declaration, methodContext);
 * }</pre>
 */
final class Scopes {
    /** Store keys carry the context's unique ID: Store lookups also search the enclosing contexts' Stores. */
    private static final String SCOPE = "scope:";
    private static final String BASELINE = "baseline:";

    private final MockCloudTrailExtension extension;
    private final LiveScopes live = new LiveScopes();

    Scopes(MockCloudTrailExtension extension) {
        this.extension = extension;
    }

    /** The isolation of the declaration's tests: an instance field gives an endpoint per test. */
    Isolation isolation(Declaration declaration) {
        return declaration.isInstanceField() ? Isolation.ENDPOINT_PER_METHOD
                : declaration.settings(extension).isolation();
    }

    /**
     * The scope of a test class, created the first time it is needed: the owner starts the endpoint with its
     * seeds; a nested class sharing it starts from the enclosing class's baseline plus its own seeds.
     */
    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: computeIfAbsent exists only since JUnit 6.
    MockScope ofClass(Declaration declaration, ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(SCOPE + classContext.getUniqueId(),
                key -> classContext == declaration.owner() ? ownerScope(declaration)
                        : nestedScope(declaration, classContext), MockScope.class);
    }

    private MockScope ownerScope(Declaration declaration) {
        MockSettings settings = declaration.settings(extension);
        MockScope adopted = live.adoptParked();
        MockScope scope = adopted != null ? adopted : startEarly(settings, SharedTransport.of(declaration.owner()));
        try {
            Seeding.seedAnnotated(scope.session().engine(), declaration.owner().getRequiredTestClass(), settings);
        } catch (RuntimeException e) {
            scope.close();
            throw e;
        }
        live.add(scope);
        return scope;
    }

    /** The one scope the extension serves right now, started early if there is none yet. */
    MockScope current() {
        return live.current(() -> startEarly(extension.settings(), null));
    }

    /** The scope of a test, if one was created. */
    MockScope existing(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(SCOPE + context.getUniqueId(), MockScope.class);
    }

    /**
     * Starts an endpoint with the builder's seeds and faults, on the run's shared transport, or on threads and an
     * HTTP client of its own when there is no test context yet to share them through ({@code transport} null).
     */
    private static MockScope startEarly(MockSettings settings, SharedTransport transport) {
        MockEndpoint endpoint = MockEndpoint.start(settings, transport);
        try {
            Seeding.seedAll(endpoint.root().engine(), settings);
            settings.faults().forEach(endpoint.root().faults()::addBackground);
        } catch (RuntimeException e) {
            endpoint.close();
            throw e;
        }
        return MockScope.ofClass(endpoint, endpoint.root(), true);
    }

    private MockScope nestedScope(Declaration declaration, ExtensionContext classContext) {
        ExtensionContext enclosingContext = classContext.getParent().orElseThrow();
        MockScope enclosing = ofClass(declaration, enclosingContext);
        MockSettings settings = enclosing.endpoint().settings();
        Session session = isolation(declaration) == Isolation.SHARED ? enclosing.session()
                : enclosing.endpoint().fork("class " + classContext.getDisplayName(), enclosing.session(),
                        baseline(declaration, enclosingContext));
        Seeding.seedAnnotated(session.engine(), classContext.getRequiredTestClass(), settings);
        return MockScope.ofClass(enclosing.endpoint(), session, false);
    }

    /**
     * A class's baseline, taken the first time it is needed (before its first test method, or before its
     * first nested class): its seeds plus whatever its {@code @BeforeAll} methods did.
     */
    @SuppressWarnings("deprecation")
    private CloudTrailEngine.Snapshot baseline(Declaration declaration, ExtensionContext classContext) {
        if (declaration.isInstanceField()) {
            return seededBaseline(declaration, classContext);
        }
        MockScope scope = ofClass(declaration, classContext);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(BASELINE + classContext.getUniqueId(),
                key -> scope.session().engine().snapshot(), CloudTrailEngine.Snapshot.class);
    }

    /** The baseline of an instance-field mock, which has no class endpoint: the builder's and classes' seeds. */
    @SuppressWarnings("deprecation")
    private CloudTrailEngine.Snapshot seededBaseline(Declaration declaration, ExtensionContext classContext) {
        MockSettings settings = declaration.settings(extension);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(BASELINE + classContext.getUniqueId(), key -> {
            CloudTrailEngine engine = settings.newEngine();
            Seeding.seedAll(engine, settings);
            Seeding.seedAnnotated(engine, declaration.owner().getRequiredTestClass(), settings);
            if (classContext != declaration.owner()) {
                Seeding.seedAnnotated(engine, classContext.getRequiredTestClass(), settings);
            }
            return engine.snapshot();
        }, CloudTrailEngine.Snapshot.class);
    }

    /** The scope of a test method, created before it runs (or when its instance is created, if that is first). */
    @SuppressWarnings("deprecation")
    MockScope ofTest(Declaration declaration, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(SCOPE + context.getUniqueId(),
                key -> newTestScope(declaration, context), MockScope.class);
    }

    private MockScope newTestScope(Declaration declaration, ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        List<FaultRule> faults = FaultAnnotations.on(method);
        ExtensionContext classContext = classContext(context);
        String name = "test " + classContext.getRequiredTestClass().getSimpleName() + "." + method.getName() + "()";
        Isolation isolation = isolation(declaration);
        if (isolation == Isolation.ENDPOINT_PER_METHOD) {
            return endpointPerTest(declaration, classContext, method, faults);
        }
        MockScope classScope = ofClass(declaration, classContext);
        MockSettings settings = classScope.endpoint().settings();
        if (isolation == Isolation.SHARED) {
            Seeding.seedTest(classScope.session().engine(), method, settings);
            MockScope scope = MockScope.ofClass(classScope.endpoint(), classScope.session(), false);
            classScope.session().faults().startPlanning(scope);
            faults.forEach(classScope.session().faults()::add);
            return scope;
        }
        Session session = classScope.endpoint().fork(name, classScope.session(), baseline(declaration, classContext));
        Seeding.seedTest(session.engine(), method, settings);
        faults.forEach(session.faults()::add);
        return MockScope.ofTest(classScope.endpoint(), session, false);
    }

    private MockScope endpointPerTest(Declaration declaration, ExtensionContext classContext, Method method,
            List<FaultRule> faults) {
        MockSettings settings = declaration.settings(extension);
        if (declaration.isInstanceField() && settings.isolation() == Isolation.SHARED) {
            throw new ExtensionConfigurationException("MockCloudTrailExtension field " + declaration.fieldName()
                    + " is an instance field, so every test method gets its own endpoint and nothing is shared: make"
                    + " the field static to use Isolation.SHARED.");
        }
        CloudTrailEngine.Snapshot baseline = baseline(declaration, classContext);
        MockScope adopted = declaration.isInstanceField() ? live.adoptParked() : null;
        MockEndpoint endpoint = adopted != null ? adopted.endpoint()
                : MockEndpoint.start(settings, baseline, SharedTransport.of(classContext));
        try {
            Session root = endpoint.root();
            if (adopted != null) {
                root.engine().restore(baseline);
            } else if (declaration.isInstanceField()) {
                settings.faults().forEach(root.faults()::addBackground);
            } else {
                root.faults().inherit(ofClass(declaration, classContext).session().faults());
            }
            Seeding.seedTest(root.engine(), method, settings);
            faults.forEach(root.faults()::add);
        } catch (RuntimeException e) {
            endpoint.close();
            throw e;
        }
        MockScope scope = adopted != null ? adopted : MockScope.ofClass(endpoint, endpoint.root(), true);
        if (declaration.isInstanceField()) {
            live.add(scope);
        }
        return scope;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent()) {
            current = current.getParent().orElseThrow();
        }
        return current;
    }

}
