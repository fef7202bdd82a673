package io.github.mockcloudtrail.junit;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Where the mock of a test context is declared: the nearest enclosing test class that carries
 * {@link MockCloudTrail} or a {@code @RegisterExtension MockCloudTrailExtension} field (its <em>owner</em>),
 * or else the outermost class, for a bare {@code @ExtendWith(MockCloudTrailExtension.class)}.
 *
 * <p>It also decides which of possibly several registered extension instances serves the owner: the one in
 * the field, or else the first instance that asks. A class with both the annotation and a field, or with two
 * fields, is a configuration error.
 */
final class Declaration {
    private final ExtensionContext owner;
    private final MockCloudTrail annotation;
    private final Field field;

    private Declaration(ExtensionContext owner, MockCloudTrail annotation, Field field) {
        this.owner = owner;
        this.annotation = annotation;
        this.field = field;
    }

    /**
     * The declaration that applies to a context.
     *
     * @throws ExtensionConfigurationException if the owner declares its mock twice
     */
    static Declaration of(ExtensionContext context) {
        ExtensionContext outermostClass = null;
        for (Optional<ExtensionContext> current = Optional.of(context); current.isPresent();
                current = current.get().getParent()) {
            ExtensionContext candidate = current.get();
            if (candidate.getTestClass().isEmpty() || candidate.getTestMethod().isPresent()) {
                continue;
            }
            Class<?> testClass = candidate.getRequiredTestClass();
            Optional<MockCloudTrail> annotation = AnnotationSupport.findAnnotation(testClass, MockCloudTrail.class);
            List<Field> fields = AnnotationSupport.findAnnotatedFields(testClass, RegisterExtension.class,
                    field -> MockCloudTrailExtension.class.isAssignableFrom(field.getType()));
            if (annotation.isPresent() || !fields.isEmpty()) {
                return declared(candidate, annotation.orElse(null), fields);
            }
            outermostClass = candidate;
        }
        if (outermostClass == null) {
            throw new ExtensionConfigurationException("@MockCloudTrail needs a test class, but " + context.getUniqueId()
                    + " has none.");
        }
        return new Declaration(outermostClass, null, null);
    }

    private static Declaration declared(ExtensionContext owner, MockCloudTrail annotation, List<Field> fields) {
        String testClass = owner.getRequiredTestClass().getName();
        if (fields.size() > 1) {
            throw new ExtensionConfigurationException(testClass + " registers MockCloudTrailExtension in several fields ("
                    + fields.stream().map(Field::getName).sorted().collect(Collectors.joining(", ")) + "): keep one; a test"
                    + " class has one mock CloudTrail, and @ForRegion/@ForAccount give clients for other Regions and"
                    + " accounts.");
        }
        if (annotation != null && !fields.isEmpty()) {
            throw new ExtensionConfigurationException(testClass + " has both @MockCloudTrail and the"
                    + " @RegisterExtension field " + fields.get(0).getName() + ": remove one of them. Keep the"
                    + " annotation to configure the mock declaratively, or the field to configure it with"
                    + " MockCloudTrailExtension.builder().");
        }
        return new Declaration(owner, annotation, fields.isEmpty() ? null : fields.get(0));
    }

    /** The context of the class that owns the mock. */
    ExtensionContext owner() {
        return owner;
    }

    /** Whether the mock is a {@code @RegisterExtension} instance field: an endpoint per test method. */
    boolean isInstanceField() {
        return field != null && !ModifierSupport.isStatic(field);
    }

    /** The field's name, for messages; only for field declarations. */
    String fieldName() {
        return field.getName();
    }

    /**
     * Whether this extension instance serves the owner in this context: the instance in the owner's field,
     * or, without a field, the first instance that asks.
     */
    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: computeIfAbsent exists only since JUnit 6.
    boolean isServedBy(MockCloudTrailExtension extension, ExtensionContext context, Namespace namespace) {
        if (field == null) {
            return owner.getStore(namespace).getOrComputeIfAbsent("extension:" + owner.getUniqueId(),
                    key -> extension) == extension;
        }
        if (!isInstanceField()) {
            return read(null) == extension;
        }
        Optional<Object> instance = context.getTestInstances()
                .flatMap(instances -> instances.findInstance(field.getDeclaringClass()).map(Object.class::cast));
        return instance.isPresent() && read(instance.get()) == extension;
    }

    /** The owner's settings: from its annotation, or else from the extension that serves it. */
    MockSettings settings(MockCloudTrailExtension servedBy) {
        return annotation == null ? servedBy.settings()
                : MockSettings.from(annotation, owner.getRequiredTestClass());
    }

    private Object read(Object instance) {
        return ReflectionSupport.tryToReadFieldValue(field, instance).toOptional().orElse(null);
    }
}
