package io.github.mockcloudtrail.junit;

/**
 * How the test methods of a class are kept apart, chosen with {@link MockCloudTrail#isolation()} or
 * {@code MockCloudTrailExtension.builder().isolation(...)}.
 *
 * <pre>{@code
 * @MockCloudTrail(isolation = Isolation.SHARED)
 * @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
 * class TrailLifecycleScenarioTest { ... }   // each step sees what the previous one did
 * }</pre>
 */
public enum Isolation {
    /**
     * The default: every test method starts from the class baseline (class seeds plus what
     * {@code @BeforeAll} did) plus its own seeds, on the class's endpoint. Methods running concurrently
     * (JUnit's parallel mode) each get their own copy of the baseline, with the same trail ARNs and account,
     * through the clients, builders and handles injected into them.
     */
    RESET_BEFORE_EACH,

    /**
     * The methods of the class share one state: what one test changes, the next one sees, and method seeds
     * stay. For ordered scenario tests. The call journal is shared too; faults planned in a test end with
     * it. Methods running concurrently see each other's changes.
     */
    SHARED,

    /**
     * Every test method gets its own endpoint (its own port), starting from the class baseline plus its own
     * seeds. Slower, but isolated even for clients the code under test builds itself with its own
     * credentials. This is what a {@code @RegisterExtension} instance (non-static) field gives.
     */
    ENDPOINT_PER_METHOD
}
