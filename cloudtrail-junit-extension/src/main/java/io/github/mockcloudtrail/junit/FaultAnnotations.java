package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.AwsError;
import io.github.mockcloudtrail.Fault;
import io.github.mockcloudtrail.FaultRule;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import software.amazon.awssdk.core.SdkRequest;

/** Reads {@link InjectFault} annotations into fault rules, failing the test on a contradictory one. */
final class FaultAnnotations {
    private FaultAnnotations() {
    }

    /**
     * The rules of a test method's {@code @InjectFault}s, in declaration order.
     *
     * @throws ExtensionConfigurationException naming the annotation and what is wrong with it
     */
    static List<FaultRule> on(Method method) {
        return AnnotationSupport.findRepeatableAnnotations(method, InjectFault.class).stream()
                .map(annotation -> toRule(annotation, method))
                .toList();
    }

    private static FaultRule toRule(InjectFault annotation, Method method) {
        String where = "@InjectFault(operation = " + annotation.operation() + ") on " + Seeding.name(method);
        try {
            FaultRule.Builder<FaultRule> rule = FaultRule.on(annotation.operation());
            if (annotation.always()) {
                rule.always();
            } else {
                rule.times(annotation.times());
            }
            if (annotation.when() != InjectFault.AnyRequest.class) {
                Predicate<SdkRequest> predicate = ReflectionSupport.newInstance(annotation.when());
                rule.when(predicate, "when " + annotation.when().getSimpleName() + " accepts the request");
            }
            return rule.fault(fault(annotation, where));
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(where + " is invalid: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ExtensionConfigurationException(where + " is invalid: its predicate "
                    + annotation.when().getName() + " cannot be created (it needs a no-argument constructor): " + e, e);
        }
    }

    private static Fault fault(InjectFault annotation, String where) {
        boolean error = !annotation.errorCode().isEmpty();
        boolean delay = annotation.delayMillis() > 0 || annotation.maxDelayMillis() > 0;
        int connections = annotation.connection().length;
        if ((error ? 1 : 0) + (delay ? 1 : 0) + connections != 1) {
            throw new IllegalArgumentException("set exactly one of errorCode, delayMillis or connection (one value).");
        }
        if (error) {
            String message = annotation.message().isEmpty() ? "Injected by " + where + "." : annotation.message();
            return Fault.error(AwsError.of(annotation.status(), annotation.errorCode(), message));
        }
        if (delay) {
            Duration min = Duration.ofMillis(annotation.delayMillis());
            return annotation.maxDelayMillis() == 0 ? Fault.delay(min)
                    : Fault.delay(min, Duration.ofMillis(annotation.maxDelayMillis()));
        }
        return Fault.connection(annotation.connection()[0]);
    }
}
