package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.EventSeed;
import io.github.mockcloudtrail.FaultRule;
import io.github.mockcloudtrail.TrailSeed;
import io.github.mockcloudtrail.server.FaultSchedule;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
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
    static final Namespace NAMESPACE = Namespace.create(MockCloudTrailExtension.class);
    private static final Set<Class<?>> INJECTABLE = Set.of(CloudTrailClient.class, CloudTrailAsyncClient.class,
            CloudTrailClientBuilder.class, CloudTrailMock.class);

    private final MockSettings configured;
    private final Scopes scopes = new Scopes(this);

    /** The extension with the defaults of {@link MockCloudTrail}, as {@code @ExtendWith} creates it. */
    public MockCloudTrailExtension() {
        this(null);
    }

    private MockCloudTrailExtension(MockSettings configured) {
        this.configured = configured;
    }

    /**
     * Starts configuring an extension for a {@code @RegisterExtension} field.
     *
     * @return a builder with the defaults of {@link MockCloudTrail}
     */
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
     * @return the handle
     * @throws IllegalStateException if the extension serves several test classes at once, such as a static
     *     field of a base class whose subclasses run in parallel
     */
    public CloudTrailMock mock() {
        MockSettings settings = settings();
        return scopes.current().handle(settings.region(), settings.accountId());
    }

    /** {@return the endpoint URI, such as {@code http://127.0.0.1:49152}; starts the endpoint if needed} */
    public URI endpoint() {
        return mock().endpoint();
    }

    /** {@return the Region of the injected clients} */
    public Region region() {
        return settings().region();
    }

    /** {@return the account of the injected clients} */
    public String accountId() {
        return settings().accountId();
    }

    /** {@return credentials that act as {@link #accountId()}; starts the endpoint if needed} */
    public AwsCredentialsProvider credentialsProvider() {
        return mock().credentialsProvider();
    }

    /** {@return a preconfigured client builder; the caller owns what it builds. Starts the endpoint if needed} */
    public CloudTrailClientBuilder clientBuilder() {
        return mock().clientBuilder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Declaration declaration = Declaration.of(context);
        if (!declaration.isInstanceField() && declaration.isServedBy(this, context, NAMESPACE)) {
            scopes.ofClass(declaration, context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Declaration declaration = Declaration.of(context);
        if (declaration.isServedBy(this, context, NAMESPACE)) {
            scopes.ofTest(declaration, context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Declaration declaration = Declaration.of(context);
        MockScope scope = scopes.existing(context);
        if (scope == null || !declaration.isServedBy(this, context, NAMESPACE)) {
            return;
        }
        FaultSchedule faults = scope.session().faults();
        try {
            if (declaration.settings(this).strict()) {
                StrictMode.check(scope.session(), scope.journalMark(), context.getDisplayName());
            }
        } finally {
            if (scopes.isolation(declaration) == Isolation.SHARED) {
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
        MockScope scope = extensionContext.getTestMethod().isPresent() ? scopes.ofTest(declaration, extensionContext)
                : scopes.ofClass(declaration, extensionContext);
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

    /** A stand-in for the annotation's defaults, when the extension is registered without it. */
    @MockCloudTrail
    static final class Defaults {
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
     *         .seedEvents("classpath:cloudtrail/last-week")
     *         .seedEvent(EventSeed.named("StopLogging").time(Instant.parse("2024-03-01T10:00:00Z")).build())
     *         .clock(Instant.parse("2024-03-01T12:00:00Z"))
     *         .lookupWindowDays(0)
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
        private Instant clock;
        private int lookupWindowDays = Defaults.ANNOTATION.lookupWindowDays();
        private boolean recordCalls = Defaults.ANNOTATION.recordCalls();
        private int recordedEventsCap = Defaults.ANNOTATION.recordedEventsCap();
        private boolean seededEventsCountAgainstCap = Defaults.ANNOTATION.seededEventsCountAgainstCap();
        private final List<TrailSeed> seeds = new ArrayList<>();
        private final List<String> eventFiles = new ArrayList<>();
        private final List<EventSeed> events = new ArrayList<>();
        private final List<FaultRule> faults = new ArrayList<>();
        private Consumer<CloudTrailClientBuilder> clientCustomizer = SdkClients.NO_CUSTOMIZATION;
        private Consumer<CloudTrailAsyncClientBuilder> asyncClientCustomizer = builder -> { };

        private Builder() {
        }

        /**
         * The Region of injected clients and seeded trails; {@code us-east-1} by default.
         *
         * @param region a Region name, such as {@code eu-west-1}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * As {@link #region(String)}, from the SDK's {@code Region}.
         *
         * @param region the Region
         * @return this builder
         */
        public Builder region(Region region) {
            return region(region.id());
        }

        /**
         * The account of injected clients and seeded trails; {@code 123456789012} by default.
         *
         * @param accountId a 12-digit account ID
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
            return this;
        }

        /**
         * An AWS Organizations organization, needed for organization trails.
         *
         * @param managementAccount the account that owns the organization
         * @param memberAccounts the other accounts in it
         * @return this builder
         */
        public Builder organization(String managementAccount, String... memberAccounts) {
            this.managementAccount = Objects.requireNonNull(managementAccount, "managementAccount");
            this.memberAccounts = List.of(memberAccounts);
            return this;
        }

        /**
         * How test methods are kept apart; {@link Isolation#RESET_BEFORE_EACH} by default.
         *
         * @param isolation the isolation mode
         * @return this builder
         */
        public Builder isolation(Isolation isolation) {
            this.isolation = Objects.requireNonNull(isolation, "isolation");
            return this;
        }

        /**
         * Strict mode, as {@link MockCloudTrail#strict()}.
         *
         * @param strict whether strict mode is on
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * The most calls a test's journal keeps; 0 turns the journal off.
         *
         * @param journalLimit the most calls kept
         * @return this builder
         */
        public Builder journalLimit(int journalLimit) {
            this.journalLimit = journalLimit;
            return this;
        }

        /**
         * Throttles LookupEvents as CloudTrail does, as {@link MockCloudTrail#throttleLookupEvents()}.
         *
         * @param throttleLookupEvents whether LookupEvents is throttled
         * @return this builder
         */
        public Builder throttleLookupEvents(boolean throttleLookupEvents) {
            this.throttleLookupEvents = throttleLookupEvents;
            return this;
        }

        /**
         * Stops the mock's clock at an instant, as {@link MockCloudTrail#clock()}; every test starts from it.
         * Without it the clock follows system time.
         *
         * @param fixedAt where the clock stands
         * @return this builder
         */
        public Builder clock(Instant fixedAt) {
            this.clock = Objects.requireNonNull(fixedAt, "fixedAt");
            return this;
        }

        /**
         * How many days back {@code LookupEvents} looks, as {@link MockCloudTrail#lookupWindowDays()}; 0 for all.
         *
         * @param lookupWindowDays the window in days
         * @return this builder
         */
        public Builder lookupWindowDays(int lookupWindowDays) {
            this.lookupWindowDays = lookupWindowDays;
            return this;
        }

        /**
         * Whether the mock records its own API calls as events, as {@link MockCloudTrail#recordCalls()}.
         *
         * @param recordCalls whether calls are recorded
         * @return this builder
         */
        public Builder recordCalls(boolean recordCalls) {
            this.recordCalls = recordCalls;
            return this;
        }

        /**
         * The most recorded events kept per account and Region, as {@link MockCloudTrail#recordedEventsCap()}.
         *
         * @param recordedEventsCap the cap
         * @return this builder
         */
        public Builder recordedEventsCap(int recordedEventsCap) {
            this.recordedEventsCap = recordedEventsCap;
            return this;
        }

        /**
         * Whether seeded events count against the cap, as {@link MockCloudTrail#seededEventsCountAgainstCap()}.
         *
         * @param seededEventsCountAgainstCap whether they count
         * @return this builder
         */
        public Builder seededEventsCountAgainstCap(boolean seededEventsCountAgainstCap) {
            this.seededEventsCountAgainstCap = seededEventsCountAgainstCap;
            return this;
        }

        /**
         * A trail every test starts with, as a class-level {@code @SeedTrail}; call once per trail. Event,
         * advanced event and Insights selectors come with the seed.
         *
         * @param seed the trail
         * @return this builder
         */
        public Builder seedTrail(TrailSeed seed) {
            seeds.add(Objects.requireNonNull(seed, "seed"));
            return this;
        }

        /**
         * Records every test starts with, as a class-level {@code @SeedEvents}: a CloudTrail log file, JSON
         * lines, saved {@code lookup-events} output or a folder of them, at {@code classpath:PATH} or a file
         * system path; read when the endpoint starts.
         *
         * @param location {@code classpath:PATH} or a file system path
         * @return this builder
         */
        public Builder seedEvents(String location) {
            eventFiles.add(Objects.requireNonNull(location, "location"));
            return this;
        }

        /**
         * An event every test starts with, as a class-level {@code @SeedEvent}; call once per event.
         *
         * @param seed the event
         * @return this builder
         */
        public Builder seedEvent(EventSeed seed) {
            events.add(Objects.requireNonNull(seed, "seed"));
            return this;
        }

        /**
         * A fault every test starts with; a counted fault counts afresh in each test. Strict mode does not
         * expect it to fire.
         *
         * @param rule the fault rule, such as {@code FaultRule.on(Operation.LIST_TRAILS).once().respond(AwsError.throttling())}
         * @return this builder
         */
        public Builder fault(FaultRule rule) {
            faults.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Applied to the builder of every injected {@code CloudTrailClient} and of every
         * {@code clientBuilder()}, after the mock's own settings: turn retries on, set timeouts, add
         * interceptors.
         *
         * @param customizer changes the builder
         * @return this builder
         */
        public Builder clientCustomizer(Consumer<CloudTrailClientBuilder> customizer) {
            this.clientCustomizer = Objects.requireNonNull(customizer, "customizer");
            return this;
        }

        /**
         * Applied to the builder of every injected {@code CloudTrailAsyncClient}.
         *
         * @param customizer changes the builder
         * @return this builder
         */
        public Builder asyncClientCustomizer(Consumer<CloudTrailAsyncClientBuilder> customizer) {
            this.asyncClientCustomizer = Objects.requireNonNull(customizer, "customizer");
            return this;
        }

        /**
         * The extension, with this configuration fixed.
         *
         * @return the extension, for a {@code static} field annotated {@code @RegisterExtension}
         * @throws IllegalArgumentException naming the builder call whose value is invalid
         */
        public MockCloudTrailExtension build() {
            MockSettings.Complaint complaint = (attribute, value, problem) -> new IllegalArgumentException(
                    "MockCloudTrailExtension.builder()." + attribute + "(" + (attribute.equals("organization")
                            ? "\"" + managementAccount + "\", " + memberAccounts : value) + ") " + problem);
            MockSettings settings = MockSettings.Basics.validated(complaint, region, accountId, managementAccount,
                    memberAccounts, journalLimit, throttleLookupEvents, new HistorySettings(clock, lookupWindowDays,
                            recordCalls, recordedEventsCap, seededEventsCountAgainstCap))
                    .with(isolation, strict, new Seeds(seeds, eventFiles, events), faults, clientCustomizer,
                            asyncClientCustomizer);
            return new MockCloudTrailExtension(settings);
        }
    }
}
