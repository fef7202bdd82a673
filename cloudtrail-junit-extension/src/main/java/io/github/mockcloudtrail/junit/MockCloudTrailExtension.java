package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.FaultRule;
import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import io.github.mockcloudtrail.server.FaultSchedule;
import io.github.mockcloudtrail.server.Session;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailAsyncClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailAsyncClientBuilder;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;

/**
 * The JUnit Jupiter extension behind {@link MockCloudTrail}, and its programmatic twin.
 *
 * <p>Declaratively, {@code @MockCloudTrail} registers it; see there for what a test gets. Programmatically,
 * a {@code @RegisterExtension} field built with {@link #builder()} offers the same options and injects the
 * same types, and its {@link #endpoint()}, {@link #credentialsProvider()}, {@link #clientBuilder()} and
 * {@link #mock()} start the endpoint on first use, for configuration that is read before the test class's
 * {@code @BeforeAll} runs (Spring's {@code @DynamicPropertySource}, constructor injection):
 *
 * <pre>{@code
 * class AuditServiceTest {
 *     @RegisterExtension
 *     static final MockCloudTrailExtension CLOUDTRAIL = MockCloudTrailExtension.builder()
 *             .region("eu-west-1")
 *             .seedTrail(TrailSeed.named("org-audit").s3BucketName("audit-logs").logging(true).build())
 *             .build();
 *
 *     @Test
 *     void findsTheAuditTrail(CloudTrailClient cloudTrail) {
 *         assertThat(cloudTrail.getTrailStatus(r -> r.name("org-audit")).isLogging()).isTrue();
 *     }
 * }
 * }</pre>
 *
 * <p><b>Static or instance field.</b> A {@code static} field gives the class one endpoint, exactly like the
 * annotation. An instance (non-static) field gives <em>every test method its own endpoint</em>
 * ({@link Isolation#ENDPOINT_PER_METHOD}), started before the method and stopped after it, with the
 * builder's seeds; it offers nothing to constructors or {@code @BeforeAll} methods, and asking it for
 * {@link Isolation#SHARED} is an error. Declaring the mock twice on one class, with the annotation and a
 * field, or in two fields, fails the class with a message saying what to remove.
 *
 * <p>The extension keeps no test state in its fields: endpoints and clients live in the
 * {@code ExtensionContext.Store} of the class or method that uses them and close with it, so nested classes,
 * base classes shared by several test classes, and parallel execution all behave. The only thing an instance
 * remembers is which of those Store-owned endpoints are live, so that {@link #endpoint()} can find them.
 */
public class MockCloudTrailExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(MockCloudTrailExtension.class);
    private static final Set<Class<?>> INJECTABLE = Set.of(CloudTrailClient.class, CloudTrailAsyncClient.class,
            CloudTrailClientBuilder.class, CloudTrailMock.class);
    /** Store keys carry the context's unique ID: Store lookups also search the enclosing contexts' Stores. */
    private static final String SCOPE = "scope:";
    private static final String BASELINE = "baseline:";

    private final MockSettings configured;
    private final LiveScopes live = new LiveScopes();

    /** The extension with the defaults of {@link MockCloudTrail}, as {@code @ExtendWith} creates it. */
    public MockCloudTrailExtension() {
        this(null);
    }

    private MockCloudTrailExtension(MockSettings configured) {
        this.configured = configured;
    }

    /** Starts configuring an extension for a {@code @RegisterExtension} field. */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings this instance was built with, or the annotation's defaults. */
    MockSettings settings() {
        return configured != null ? configured : MockSettings.from(Defaults.ANNOTATION, MockCloudTrailExtension.class);
    }

    /**
     * The handle of the mock this extension serves, started if no test has started it yet. Within a test it
     * acts on that test's state (while one test runs at a time); to be sure, inject {@code CloudTrailMock}.
     *
     * @throws IllegalStateException if the extension serves several test classes at once, such as a static
     *     field of a base class whose subclasses run in parallel
     */
    public CloudTrailMock mock() {
        MockSettings settings = settings();
        return live.current(this::startEarly).handle(settings.region(), settings.accountId());
    }

    /** The endpoint URI, such as {@code http://127.0.0.1:49152}; starts the endpoint if needed. */
    public URI endpoint() {
        return mock().endpoint();
    }

    /** The Region of the injected clients. */
    public Region region() {
        return settings().region();
    }

    /** The account of the injected clients. */
    public String accountId() {
        return settings().accountId();
    }

    /** Credentials that act as {@link #accountId()}; starts the endpoint if needed. */
    public AwsCredentialsProvider credentialsProvider() {
        return mock().credentialsProvider();
    }

    /** A preconfigured client builder; the caller owns what it builds. Starts the endpoint if needed. */
    public CloudTrailClientBuilder clientBuilder() {
        return mock().clientBuilder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Declaration declaration = Declaration.of(context);
        if (!declaration.isInstanceField() && declaration.isServedBy(this, context, NAMESPACE)) {
            classScope(declaration, context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Declaration declaration = Declaration.of(context);
        if (declaration.isServedBy(this, context, NAMESPACE)) {
            testScope(declaration, context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Declaration declaration = Declaration.of(context);
        MockScope scope = context.getStore(NAMESPACE).get(SCOPE + context.getUniqueId(), MockScope.class);
        if (scope == null || !declaration.isServedBy(this, context, NAMESPACE)) {
            return;
        }
        FaultSchedule faults = scope.session().faults();
        try {
            if (declaration.settings(this).strict()) {
                StrictMode.check(scope.session(), scope.journalMark(), context.getDisplayName());
            }
        } finally {
            if (isolation(declaration) == Isolation.SHARED) {
                faults.removePlannedBy(scope);
                faults.stopPlanning();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        if (!INJECTABLE.contains(parameterContext.getParameter().getType())) {
            return false;
        }
        Declaration declaration = Declaration.of(extensionContext);
        return declaration.isServedBy(this, extensionContext, NAMESPACE)
                && (!declaration.isInstanceField() || extensionContext.getTestMethod().isPresent());
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Declaration declaration = Declaration.of(extensionContext);
        MockScope scope = extensionContext.getTestMethod().isPresent() ? testScope(declaration, extensionContext)
                : classScope(declaration, extensionContext);
        MockSettings settings = scope.endpoint().settings();
        Region region = Qualifiers.region(parameterContext, settings.region());
        String accountId = Qualifiers.account(parameterContext, settings.accountId());
        Class<?> type = parameterContext.getParameter().getType();
        if (type == CloudTrailClient.class) {
            return scope.client(region, accountId);
        }
        if (type == CloudTrailAsyncClient.class) {
            return scope.asyncClient(region, accountId);
        }
        if (type == CloudTrailClientBuilder.class) {
            return scope.clientBuilder(region, accountId);
        }
        return scope.handle(region, accountId);
    }

    private Isolation isolation(Declaration declaration) {
        return declaration.isInstanceField() ? Isolation.ENDPOINT_PER_METHOD : declaration.settings(this).isolation();
    }

    /**
     * The scope of a test class, created the first time it is needed: the owner starts the endpoint with its
     * seeds; a nested class sharing it starts from the enclosing class's baseline plus its own seeds.
     */
    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: computeIfAbsent exists only since JUnit 6.
    private MockScope classScope(Declaration declaration, ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(SCOPE + classContext.getUniqueId(),
                key -> classContext == declaration.owner() ? ownerScope(declaration)
                        : nestedScope(declaration, classContext), MockScope.class);
    }

    private MockScope ownerScope(Declaration declaration) {
        MockSettings settings = declaration.settings(this);
        MockScope adopted = live.adoptParked();
        MockScope scope = adopted != null ? adopted : startEarly(settings);
        try {
            Seeding.seedAnnotated(scope.session().engine(), declaration.owner().getRequiredTestClass(), settings);
        } catch (RuntimeException e) {
            scope.close();
            throw e;
        }
        live.add(scope);
        return scope;
    }

    private MockScope startEarly() {
        return startEarly(settings());
    }

    /** Starts an endpoint with the builder's seeds and faults, before any test context. */
    private static MockScope startEarly(MockSettings settings) {
        MockEndpoint endpoint = MockEndpoint.start(settings);
        try {
            Seeding.seedAll(endpoint.root().engine(), settings.seeds(), settings);
            settings.faults().forEach(endpoint.root().faults()::addBackground);
        } catch (RuntimeException e) {
            endpoint.close();
            throw e;
        }
        return MockScope.ofClass(endpoint, endpoint.root(), true);
    }

    private MockScope nestedScope(Declaration declaration, ExtensionContext classContext) {
        ExtensionContext enclosingContext = classContext.getParent().orElseThrow();
        MockScope enclosing = classScope(declaration, enclosingContext);
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
        MockScope scope = classScope(declaration, classContext);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(BASELINE + classContext.getUniqueId(),
                key -> scope.session().engine().snapshot(), CloudTrailEngine.Snapshot.class);
    }

    /** The baseline of an instance-field mock, which has no class endpoint: the builder's and classes' seeds. */
    @SuppressWarnings("deprecation")
    private CloudTrailEngine.Snapshot seededBaseline(Declaration declaration, ExtensionContext classContext) {
        MockSettings settings = declaration.settings(this);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(BASELINE + classContext.getUniqueId(), key -> {
            CloudTrailEngine engine = new CloudTrailEngine(settings.engineOptions());
            Seeding.seedAll(engine, settings.seeds(), settings);
            Seeding.seedAnnotated(engine, declaration.owner().getRequiredTestClass(), settings);
            if (classContext != declaration.owner()) {
                Seeding.seedAnnotated(engine, classContext.getRequiredTestClass(), settings);
            }
            return engine.snapshot();
        }, CloudTrailEngine.Snapshot.class);
    }

    /** The scope of a test method, created before it runs (or when its instance is created, if that is first). */
    @SuppressWarnings("deprecation")
    private MockScope testScope(Declaration declaration, ExtensionContext context) {
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
        MockScope classScope = classScope(declaration, classContext);
        MockSettings settings = classScope.endpoint().settings();
        if (isolation == Isolation.SHARED) {
            Seeding.seedAnnotated(classScope.session().engine(), method, settings);
            MockScope scope = MockScope.ofClass(classScope.endpoint(), classScope.session(), false);
            classScope.session().faults().startPlanning(scope);
            faults.forEach(classScope.session().faults()::add);
            return scope;
        }
        Session session = classScope.endpoint().fork(name, classScope.session(), baseline(declaration, classContext));
        Seeding.seedAnnotated(session.engine(), method, settings);
        faults.forEach(session.faults()::add);
        return MockScope.ofTest(classScope.endpoint(), session, false);
    }

    private MockScope endpointPerTest(Declaration declaration, ExtensionContext classContext, Method method,
            List<FaultRule> faults) {
        MockSettings settings = declaration.settings(this);
        if (declaration.isInstanceField() && settings.isolation() == Isolation.SHARED) {
            throw new ExtensionConfigurationException("MockCloudTrailExtension field " + declaration.fieldName()
                    + " is an instance field, so every test method gets its own endpoint and nothing is shared: make"
                    + " the field static to use Isolation.SHARED.");
        }
        CloudTrailEngine.Snapshot baseline = baseline(declaration, classContext);
        MockScope adopted = declaration.isInstanceField() ? live.adoptParked() : null;
        MockEndpoint endpoint = adopted != null ? adopted.endpoint() : MockEndpoint.start(settings, baseline);
        try {
            Session root = endpoint.root();
            if (adopted != null) {
                root.engine().restore(baseline);
            } else if (declaration.isInstanceField()) {
                settings.faults().forEach(root.faults()::addBackground);
            } else {
                root.faults().inherit(classScope(declaration, classContext).session().faults());
            }
            Seeding.seedAnnotated(root.engine(), method, settings);
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

    /** A stand-in for the annotation's defaults, when the extension is registered without it. */
    @MockCloudTrail
    private static final class Defaults {
        static final MockCloudTrail ANNOTATION = Defaults.class.getAnnotation(MockCloudTrail.class);
    }

    /**
     * Builds a {@link MockCloudTrailExtension}: every option of {@link MockCloudTrail}, seeds and faults as
     * builder calls, and customizers for the injected clients. Values are checked by {@link #build()}.
     *
     * <pre>{@code
     * MockCloudTrailExtension.builder()
     *         .region("eu-west-1")
     *         .accountId("111111111111")
     *         .organization("111111111111", "222222222222")
     *         .seedTrail(TrailSeed.named("org-audit").organizationTrail(true).build())
     *         .fault(FaultRule.on(Operation.LOOKUP_EVENTS).respond(AwsError.throttling()))
     *         .isolation(Isolation.RESET_BEFORE_EACH)
     *         .strict(true)
     *         .clientCustomizer(builder -> builder.overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD)))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private String region = Defaults.ANNOTATION.region();
        private String accountId = Defaults.ANNOTATION.accountId();
        private String managementAccount = "";
        private List<String> memberAccounts = List.of();
        private Isolation isolation = Defaults.ANNOTATION.isolation();
        private boolean strict = Defaults.ANNOTATION.strict();
        private int journalLimit = Defaults.ANNOTATION.journalLimit();
        private boolean throttleLookupEvents = Defaults.ANNOTATION.throttleLookupEvents();
        private final List<TrailSeed> seeds = new ArrayList<>();
        private final List<FaultRule> faults = new ArrayList<>();
        private Consumer<CloudTrailClientBuilder> clientCustomizer = builder -> { };
        private Consumer<CloudTrailAsyncClientBuilder> asyncClientCustomizer = builder -> { };
        // Issue 8 adds the clock and call-recording options here.

        private Builder() {
        }

        /** The Region of injected clients and seeded trails; {@code us-east-1} by default. */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        public Builder region(Region region) {
            return region(region.id());
        }

        /** The account of injected clients and seeded trails; {@code 123456789012} by default. */
        public Builder accountId(String accountId) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
            return this;
        }

        /** An AWS Organizations organization, needed for organization trails. */
        public Builder organization(String managementAccount, String... memberAccounts) {
            this.managementAccount = Objects.requireNonNull(managementAccount, "managementAccount");
            this.memberAccounts = List.of(memberAccounts);
            return this;
        }

        /** How test methods are kept apart; {@link Isolation#RESET_BEFORE_EACH} by default. */
        public Builder isolation(Isolation isolation) {
            this.isolation = Objects.requireNonNull(isolation, "isolation");
            return this;
        }

        /** Strict mode, as {@link MockCloudTrail#strict()}. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The most calls a test's journal keeps; 0 turns the journal off. */
        public Builder journalLimit(int journalLimit) {
            this.journalLimit = journalLimit;
            return this;
        }

        /** Throttles LookupEvents as CloudTrail does, as {@link MockCloudTrail#throttleLookupEvents()}. */
        public Builder throttleLookupEvents(boolean throttleLookupEvents) {
            this.throttleLookupEvents = throttleLookupEvents;
            return this;
        }

        /** A trail every test starts with, as a class-level {@code @SeedTrail}; call once per trail. */
        public Builder seedTrail(TrailSeed seed) {
            seeds.add(Objects.requireNonNull(seed, "seed"));
            return this;
        }

        /**
         * A fault every test starts with; a counted fault counts afresh in each test. Strict mode does not
         * expect it to fire.
         */
        public Builder fault(FaultRule rule) {
            faults.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Applied to the builder of every injected {@code CloudTrailClient} and of every
         * {@code clientBuilder()}, after the mock's own settings: turn retries on, set timeouts, add
         * interceptors.
         */
        public Builder clientCustomizer(Consumer<CloudTrailClientBuilder> customizer) {
            this.clientCustomizer = Objects.requireNonNull(customizer, "customizer");
            return this;
        }

        /** Applied to the builder of every injected {@code CloudTrailAsyncClient}. */
        public Builder asyncClientCustomizer(Consumer<CloudTrailAsyncClientBuilder> customizer) {
            this.asyncClientCustomizer = Objects.requireNonNull(customizer, "customizer");
            return this;
        }

        /**
         * The extension, with this configuration fixed.
         *
         * @throws IllegalArgumentException naming the builder call whose value is invalid
         */
        public MockCloudTrailExtension build() {
            MockSettings.Complaint complaint = (attribute, value, problem) -> new IllegalArgumentException(
                    "MockCloudTrailExtension.builder()." + attribute + "(" + (attribute.equals("organization")
                            ? "\"" + managementAccount + "\", " + memberAccounts : value) + ") " + problem);
            MockSettings settings = MockSettings.Basics.validated(complaint, region, accountId, managementAccount,
                    memberAccounts, journalLimit, throttleLookupEvents)
                    .with(isolation, strict, seeds, faults, clientCustomizer, asyncClientCustomizer);
            return new MockCloudTrailExtension(settings);
        }
    }
}
