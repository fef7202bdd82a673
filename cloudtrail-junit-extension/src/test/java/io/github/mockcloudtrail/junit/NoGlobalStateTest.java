package io.github.mockcloudtrail.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectReader;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HttpString;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * No JVM-global state: every static field of the library is a constant whose value cannot change, so
 * everything that lives for a test or a class lives in JUnit's Store and closes with it, and parallel or
 * repeated runs cannot meet each other through a static.
 */
class NoGlobalStateTest {
    /** Types documented as immutable; Jackson's ObjectReader also caches a resolved type in a transient field. */
    private static final List<Class<?>> IMMUTABLE_TYPES = List.of(String.class, Duration.class, Pattern.class,
            Namespace.class, System.Logger.class, HttpString.class, AttachmentKey.class, ObjectReader.class);

    @Test
    void everyStaticFieldOfTheLibraryIsAnUnchangeableConstant() {
        List<Class<?>> libraryClasses = ReflectionSupport.findAllClassesInPackage("io.github.mockcloudtrail",
                NoGlobalStateTest::isLibraryClass, name -> true);
        assertThat(libraryClasses).as("library classes found").hasSizeGreaterThan(50);

        List<String> mutable = libraryClasses.stream()
                .flatMap(type -> ReflectionSupport.findFields(type, field -> Modifier.isStatic(field.getModifiers())
                                && !field.isSynthetic() && !field.isEnumConstant(),
                        HierarchyTraversalMode.TOP_DOWN).stream()
                        .filter(field -> field.getDeclaringClass() == type))
                .filter(field -> !isConstant(field))
                .map(field -> field.getDeclaringClass().getName() + "." + field.getName())
                .toList();

        assertThat(mutable).as("static fields that could hold changing state").isEmpty();
    }

    private static boolean isLibraryClass(Class<?> type) {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath());
        return !location.toString().contains("test-classes");
    }

    private static boolean isConstant(Field field) {
        if (!Modifier.isFinal(field.getModifiers())) {
            return false;
        }
        Class<?> type = field.getType();
        if (type.isPrimitive() || type.isEnum() || type.isAnnotation() || IMMUTABLE_TYPES.contains(type)) {
            return true;
        }
        Object value = ReflectionSupport.tryToReadFieldValue(field, null).toOptional().orElse(null);
        return value == null || value.getClass().getName().startsWith("java.util.ImmutableCollections$")
                || value.getClass().getName().startsWith("java.util.Collections$Unmodifiable")
                || hasOnlyFinalFields(value.getClass());
    }

    /** A value object of our own or an {@code Object} token: every instance field final. */
    private static boolean hasOnlyFinalFields(Class<?> type) {
        return ReflectionSupport.findFields(type, field -> !Modifier.isStatic(field.getModifiers()),
                HierarchyTraversalMode.TOP_DOWN).stream().allMatch(field -> Modifier.isFinal(field.getModifiers()));
    }
}
