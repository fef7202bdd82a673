package io.github.mockcloudtrail.assertj;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The base of every assertion class of this module: runs assertions, and navigates to the assertions on a
 * part of the actual value (a trail of a client, the selectors of a trail) so that the result is soft
 * when this assertion is, and can lead back here.
 *
 * <p>Assertion methods put their body in {@link #check(Consumer)} or {@link #check(Predicate, Function)},
 * navigation methods go through
 * {@link #navigate}. Soft assertions ({@link CloudTrailSoftAssertions}) create every assertion object as an
 * AssertJ proxy that collects failures; navigation creates the next one in the same collector. When a
 * navigation fails softly (no such trail), its failure is collected once and the assertions chained after
 * it are skipped, since they have nothing to check.
 *
 * <pre><code class='java'> public class MyTrailAssert extends AbstractCloudTrailAssert&lt;MyTrailAssert, Trail&gt; {
 *     public MyTrailAssert(Trail actual) {
 *         super(actual, MyTrailAssert.class);
 *     }
 *
 *     public MyTrailAssert isNamedLikeOurs() {
 *         return check(trail -&gt; trail.name().startsWith("acme-"),
 *                 trail -&gt; new BasicErrorMessageFactory("%nExpecting trail %s to be named acme-*", trail.name()));
 *     }
 * }</code></pre>
 *
 * @param <SELF> the assertion class itself
 * @param <ACTUAL> the type of the value asserted on
 */
public abstract class AbstractCloudTrailAssert<SELF extends AbstractCloudTrailAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {
    private SoftAssertionsProvider softly;
    private AbstractCloudTrailAssert<?, ?> origin;
    private boolean unreachable;

    /**
     * For subclasses: assertions on {@code actual}.
     *
     * @param actual the value to check
     * @param selfType the concrete assertion class
     */
    protected AbstractCloudTrailAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Runs an assertion on the actual value, after checking that there is one. Skipped when this assertion
     * object was reached by a soft navigation that failed.
     *
     * @param assertion throws an {@link AssertionError} when the value does not pass
     * @return this assertion object
     */
    protected SELF check(Consumer<ACTUAL> assertion) {
        if (!unreachable) {
            isNotNull();
            assertion.accept(actual);
        }
        return myself;
    }

    /**
     * Runs a check on the actual value, after checking that there is one: unless it {@code holds}, fails with
     * the message {@code failure} makes from the actual value.
     *
     * @param holds whether the value passes
     * @param failure describes the failure for the actual value
     * @return this assertion object
     */
    protected SELF check(Predicate<? super ACTUAL> holds, Function<? super ACTUAL, ErrorMessageFactory> failure) {
        return check(value -> {
            if (!holds.test(value)) {
                throw assertionError(failure.apply(value));
            }
        });
    }

    /**
     * Throws the failure the message factory describes, if there is one.
     *
     * @param failure the failure's message, or empty for none
     */
    protected void failIfPresent(Optional<ErrorMessageFactory> failure) {
        if (failure.isPresent()) {
            throw assertionError(failure.get());
        }
    }

    /**
     * The assertions on a part of the actual value. {@code part} reads it, or throws an {@link AssertionError}
     * when it is missing; hard assertions then fail, soft ones collect the failure and return assertions
     * that skip their checks.
     *
     * @param assertType the assertion class, with a public constructor taking exactly {@code partType}
     * @param partType the type of the part
     * @param part reads the part from the actual value
     * @param hardAssert creates the assertion object for hard assertions
     * @param setup sets what the next assertion object needs to know besides its actual value
     * @param <A> the assertion class
     * @param <T> the type of the part
     * @return the assertions on the part
     */
    protected <A extends AbstractCloudTrailAssert<A, T>, T> A navigate(Class<A> assertType, Class<T> partType,
            Function<ACTUAL, T> part, Function<T, A> hardAssert, Consumer<A> setup) {
        T value = null;
        AssertionError failure = null;
        if (!unreachable) {
            try {
                isNotNull();
                value = part.apply(actual);
            } catch (AssertionError missing) {
                if (softly == null) {
                    throw missing;
                }
                failure = missing;
            }
        }
        A next = softly == null ? hardAssert.apply(value) : softly.proxy(assertType, partType, value);
        ((AbstractCloudTrailAssert<?, ?>) next).reachedFrom(this, unreachable || failure != null);
        setup.accept(next);
        if (failure != null) {
            softly.collectAssertionError(failure);
        }
        return next;
    }

    /**
     * As {@link #navigate(Class, Class, Function, Function, Consumer)}, with nothing to set up.
     *
     * @param <A> the assertion class
     * @param <T> the type of the part
     * @param assertType the assertion class
     * @param partType the type of the part
     * @param part reads the part from the actual value
     * @param hardAssert creates the assertion object for hard assertions
     * @return the assertions on the part
     */
    protected <A extends AbstractCloudTrailAssert<A, T>, T> A navigate(Class<A> assertType, Class<T> partType,
            Function<ACTUAL, T> part, Function<T, A> hardAssert) {
        return navigate(assertType, partType, part, hardAssert, next -> { });
    }

    /**
     * The assertion object this one was reached from by navigation.
     *
     * @throws IllegalStateException if this one was not reached from an {@code originType} assertion
     * @param <O> the type of the origin
     * @param originType the assertion class navigated from
     * @param navigation the navigation method, for the message
     * @return the assertion object navigated from
     */
    protected <O extends AbstractCloudTrailAssert<?, ?>> O origin(Class<O> originType, String navigation) {
        if (!originType.isInstance(origin)) {
            throw new IllegalStateException("There is no " + originType.getSimpleName() + " to return to: these "
                    + "assertions were not reached by " + navigation);
        }
        return originType.cast(origin);
    }

    /**
     * Makes this assertion object collect its failures, and those of the assertions it leads to, in {@code softly}.
     *
     * @param softly the collector of soft assertion failures
     * @return this assertion object
     */
    protected SELF softlyIn(SoftAssertionsProvider softly) {
        this.softly = softly;
        return myself;
    }

    private void reachedFrom(AbstractCloudTrailAssert<?, ?> from, boolean unreachable) {
        this.softly = from.softly;
        this.origin = from;
        this.unreachable = unreachable;
        if (!from.descriptionText().isEmpty()) {
            describedAs(from.info.description());
        }
    }
}
