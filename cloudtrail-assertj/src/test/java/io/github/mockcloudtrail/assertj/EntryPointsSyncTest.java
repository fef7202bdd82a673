package io.github.mockcloudtrail.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactory;
import org.junit.jupiter.api.Test;

/**
 * Keeps the entry points in step: every {@code assertThat} of {@link CloudTrailAssertions} has its
 * {@code then} in {@link CloudTrailBDDAssertions}, its soft twin in {@link CloudTrailSoftAssertionsProvider}
 * (and in this module's {@link HardAssertions}), and its factory in {@link CloudTrailInstanceOfAssertFactories},
 * and nothing else is there.
 */
class EntryPointsSyncTest {

    @Test
    void every_assertThat_has_a_then_and_every_then_an_assertThat() {
        assertThat(signatures(staticEntryPoints(CloudTrailBDDAssertions.class, "then"), "then", "assertThat"))
                .containsExactlyInAnyOrderElementsOf(signatures(assertThatMethods(), "", ""));
    }

    @Test
    void every_assertThat_has_a_soft_twin_and_every_soft_entry_point_an_assertThat() {
        List<Method> soft = Arrays.stream(CloudTrailSoftAssertionsProvider.class.getDeclaredMethods())
                .filter(Method::isDefault)
                .toList();

        assertThat(signatures(soft, "", "")).containsExactlyInAnyOrderElementsOf(signatures(assertThatMethods(), "", ""));
    }

    @Test
    void the_hard_entry_points_of_these_tests_override_every_soft_one() {
        List<Method> hard = Arrays.stream(HardAssertions.class.getDeclaredMethods())
                .filter(method -> method.getName().startsWith("assertThat"))
                .toList();

        assertThat(signatures(hard, "", "")).containsExactlyInAnyOrderElementsOf(signatures(assertThatMethods(), "", ""));
    }

    @Test
    void every_assertThat_has_an_instance_of_assert_factory_and_every_factory_an_assertThat() {
        List<String> factories = Arrays.stream(CloudTrailInstanceOfAssertFactories.class.getDeclaredFields())
                .map(EntryPointsSyncTest::factoryTypes)
                .toList();
        List<String> entryPoints = assertThatMethods().stream()
                .map(method -> method.getParameterTypes()[0].getName() + " -> " + method.getReturnType().getName())
                .toList();

        assertThat(factories).containsExactlyInAnyOrderElementsOf(entryPoints);
    }

    @Test
    void the_entry_point_offers_the_factories() {
        assertThat(CloudTrailInstanceOfAssertFactories.class).isAssignableFrom(CloudTrailAssertions.class);
    }

    private static List<Method> assertThatMethods() {
        List<Method> methods = staticEntryPoints(CloudTrailAssertions.class, "assertThat");
        assertThat(methods).as("assertThat methods").hasSizeGreaterThan(10);
        return methods;
    }

    private static List<Method> staticEntryPoints(Class<?> type, String prefix) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isStatic(method.getModifiers()) && Modifier.isPublic(method.getModifiers()))
                .filter(method -> method.getName().startsWith(prefix))
                .toList();
    }

    /** Name (with {@code from} replaced by {@code to}), generic parameter types and return type of each method. */
    private static List<String> signatures(List<Method> methods, String from, String to) {
        return methods.stream()
                .map(method -> (from.isEmpty() ? method.getName() : method.getName().replaceFirst(from, to))
                        + Stream.of(method.getGenericParameterTypes()).map(Type::getTypeName).toList()
                        + " -> " + method.getReturnType().getName())
                .toList();
    }

    /** {@code ACTUAL -> ASSERT} of an {@code InstanceOfAssertFactory<ACTUAL, ASSERT>} constant. */
    private static String factoryTypes(Field field) {
        assertThat(field.getType()).as(field.getName()).isEqualTo(InstanceOfAssertFactory.class);
        Type[] types = ((ParameterizedType) field.getGenericType()).getActualTypeArguments();
        return raw(types[0]).getName() + " -> " + raw(types[1]).getName();
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }
}
