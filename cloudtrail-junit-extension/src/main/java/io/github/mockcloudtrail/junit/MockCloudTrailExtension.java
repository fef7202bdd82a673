package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.CloudTrailMock;
import io.github.mockcloudtrail.engine.CloudTrailEngine;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClientBuilder;

/**
 * The JUnit Jupiter extension behind {@link MockCloudTrail}: see there for what a test gets.
 *
 * <p>The extension keeps no state of its own. Each mock lives in the {@code ExtensionContext.Store} of
 * the class that owns it (the nearest class carrying {@code @MockCloudTrail}), is started the first
 * time anything asks for it and is closed by JUnit with that Store. So nested classes, inherited
 * annotations, {@code PER_CLASS} constructor injection and double registration all reach the same
 * single endpoint.
 *
 * <pre>{@code
 * @ExtendWith(MockCloudTrailExtension.class)   // the same as @MockCloudTrail with its defaults
 * class DefaultsTest {
 *     @Test
 *     void listsNoTrails(CloudTrailClient cloudTrail) {
 *         assertThat(cloudTrail.listTrails().trails()).isEmpty();
 *     }
 * }
 * }</pre>
 */
public class MockCloudTrailExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(MockCloudTrailExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext owner = owner(context);
        if (!isResponsibleFor(owner)) {
            return;
        }
        MockEndpoint endpoint = endpoint(owner);
        if (owner != context) {
            // A nested class sharing its enclosing class's endpoint starts from the enclosing baseline.
            endpoint.engine().restore(baseline(context.getParent().orElseThrow(), endpoint));
            seed(endpoint, context.getRequiredTestClass());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ExtensionContext owner = owner(context);
        if (!isResponsibleFor(owner)) {
            return;
        }
        MockEndpoint endpoint = endpoint(owner);
        context.getStore(NAMESPACE).put("claim", endpoint.claimFor(context.getUniqueId()));
        endpoint.engine().restore(baseline(classContext(context), endpoint));
        AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), FixedClock.class).ifPresent(fixed ->
                endpoint.clock().fixAt(HistorySettings.instant(fixed.value(), "@FixedClock(\"" + fixed.value() + "\") on "
                        + name(context.getRequiredTestMethod()))));
        seed(endpoint, context.getRequiredTestMethod());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        boolean ours = type == CloudTrailClient.class || type == CloudTrailClientBuilder.class
                || type == CloudTrailMock.class;
        return ours && isResponsibleFor(owner(extensionContext));
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        MockEndpoint endpoint = endpoint(owner(extensionContext));
        Class<?> type = parameterContext.getParameter().getType();
        if (type == CloudTrailClient.class) {
            return endpoint.client();
        }
        if (type == CloudTrailClientBuilder.class) {
            return endpoint.clientBuilder();
        }
        return endpoint;
    }

    /**
     * Whether this instance serves the owner's endpoint: the first instance to ask claims it. A class
     * can register the extension twice ({@code @MockCloudTrail} and a {@code @RegisterExtension} field);
     * the second instance then stands aside instead of seeding twice or competing to resolve parameters.
     */
    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: computeIfAbsent exists only since JUnit 6.
    private boolean isResponsibleFor(ExtensionContext owner) {
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent("extension:" + owner.getUniqueId(), key -> this) == this;
    }

    /** The owner's endpoint, started with the owner's class seeds the first time it is asked for. */
    @SuppressWarnings("deprecation")
    private static MockEndpoint endpoint(ExtensionContext owner) {
        Class<?> ownerClass = owner.getRequiredTestClass();
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent("endpoint:" + owner.getUniqueId(), key -> {
            MockSettings settings = AnnotationSupport.findAnnotation(ownerClass, MockCloudTrail.class)
                    .map(annotation -> MockSettings.from(annotation, ownerClass))
                    .orElseGet(() -> MockSettings.from(Defaults.ANNOTATION, ownerClass));
            MockEndpoint started = MockEndpoint.start(settings);
            try {
                seed(started, ownerClass);
            } catch (RuntimeException e) {
                started.close();
                throw e;
            }
            return started;
        }, MockEndpoint.class);
    }

    /**
     * A class's baseline, taken the first time it is needed (before its first test method, or before
     * its first nested class): its seeds plus whatever its {@code @BeforeAll} methods did.
     */
    @SuppressWarnings("deprecation")
    private static CloudTrailEngine.Snapshot baseline(ExtensionContext classContext, MockEndpoint endpoint) {
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent("baseline:" + classContext.getUniqueId(),
                key -> endpoint.engine().snapshot(), CloudTrailEngine.Snapshot.class);
    }

    private static void seed(MockEndpoint endpoint, AnnotatedElement element) {
        for (SeedTrail annotation : SeedTrailAnnotations.on(element)) {
            try {
                endpoint.seedTrail(SeedTrailAnnotations.toSeed(annotation));
            } catch (MockEndpoint.SeedRejected e) {
                throw new ExtensionConfigurationException(SeedTrailAnnotations.describe(annotation) + " on "
                        + name(element) + " is invalid: " + e.reason(), e);
            }
        }
        EventSeeding.seed(endpoint, element, classLoader(element), name(element));
    }

    private static ClassLoader classLoader(AnnotatedElement element) {
        Class<?> type = element instanceof Method method ? method.getDeclaringClass() : (Class<?>) element;
        return type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
    }

    /** The nearest class context whose class carries {@code @MockCloudTrail}; else the outermost class. */
    private static ExtensionContext owner(ExtensionContext context) {
        ExtensionContext outermostClass = null;
        for (Optional<ExtensionContext> current = Optional.of(context); current.isPresent();
                current = current.get().getParent()) {
            ExtensionContext candidate = current.get();
            if (candidate.getTestClass().isEmpty() || candidate.getTestMethod().isPresent()) {
                continue;
            }
            if (AnnotationSupport.isAnnotated(candidate.getRequiredTestClass(), MockCloudTrail.class)) {
                return candidate;
            }
            outermostClass = candidate;
        }
        if (outermostClass == null) {
            throw new ExtensionConfigurationException("@MockCloudTrail needs a test class, but " + context.getUniqueId()
                    + " has none.");
        }
        return outermostClass;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent()) {
            current = current.getParent().orElseThrow();
        }
        return current;
    }

    private static String name(AnnotatedElement element) {
        if (element instanceof Method method) {
            return method.getDeclaringClass().getName() + "." + method.getName() + "()";
        }
        return ((Class<?>) element).getName();
    }

    /** A stand-in for the annotation's defaults, when the extension is registered without it. */
    @MockCloudTrail
    private static final class Defaults {
        static final MockCloudTrail ANNOTATION = Defaults.class.getAnnotation(MockCloudTrail.class);
    }
}
