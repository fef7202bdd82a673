package io.github.mockcloudtrail.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What AssertJ's soft assertions need of an assertion class (assertj#1228, #2713): it is not final, its
 * public methods are not final, it has a public constructor taking exactly its actual type, and AssertJ can
 * make a soft proxy of it.
 */
class AssertClassesTest {

    /** Every assertion class an entry point or a navigation leads to (methods returning SELF name abstract bases). */
    static Set<Class<?>> assertClasses() {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>();
        Arrays.stream(CloudTrailAssertions.class.getDeclaredMethods()).map(Method::getReturnType).forEach(toVisit::add);
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.pop();
            if (AbstractCloudTrailAssert.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())
                    && found.add(type)) {
                Arrays.stream(type.getMethods()).map(Method::getReturnType).forEach(toVisit::add);
            }
        }
        return found;
    }

    @Test
    void finds_every_assertion_class() {
        assertThat(assertClasses()).containsExactlyInAnyOrder(CloudTrailClientAssert.class, CloudTrailMockAssert.class,
                LiveTrailAssert.class, TrailAssert.class, TrailStatusAssert.class, EventSelectorsAssert.class,
                EventSelectorAssert.class, AdvancedEventSelectorAssert.class, InsightSelectorsAssert.class, TagsAssert.class,
                EventsAssert.class, EventAssert.class, CloudTrailRecordAssert.class, RecordedCallsAssert.class);
    }

    @ParameterizedTest
    @MethodSource("assertClasses")
    void is_not_final_nor_are_its_public_methods(Class<?> assertClass) {
        assertThat(Modifier.isFinal(assertClass.getModifiers())).as("%s is final", assertClass).isFalse();
        assertThat(Arrays.stream(assertClass.getMethods())
                .filter(method -> method.getDeclaringClass().getPackageName().equals(assertClass.getPackageName()))
                .filter(method -> Modifier.isFinal(method.getModifiers()))
                .map(Method::toGenericString))
                .as("final public methods").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("assertClasses")
    void has_a_public_constructor_taking_exactly_its_actual_type(Class<?> assertClass) {
        Class<?> actualType = actualType(assertClass);

        assertThatCode(() -> assertClass.getConstructor(actualType)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("assertClasses")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void can_be_made_soft_by_assertj(Class<?> assertClass) {
        CloudTrailSoftAssertions softly = new CloudTrailSoftAssertions();

        Object proxy = softly.proxy((Class) assertClass, actualType(assertClass), null);

        assertThat(proxy).isInstanceOf(assertClass);
    }

    /** The class's {@code ACTUAL}, the second type argument of {@code AbstractAssert<SELF, ACTUAL>} on its way up. */
    private static Class<?> actualType(Class<?> assertClass) {
        Type superclass = assertClass.getGenericSuperclass();
        Type actual = ((ParameterizedType) superclass).getActualTypeArguments()[1];
        return actual instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) actual;
    }
}
