package io.github.mockcloudtrail.junit;

import io.github.mockcloudtrail.engine.AccountIds;
import io.github.mockcloudtrail.engine.RegionNames;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import software.amazon.awssdk.regions.Region;

/** Reads {@link ForRegion} and {@link ForAccount} off a parameter, checking their values. */
final class Qualifiers {
    private Qualifiers() {
    }

    static Region region(ParameterContext parameter, Region otherwise) {
        return parameter.findAnnotation(ForRegion.class).map(ForRegion::value).map(region -> {
            if (!RegionNames.isValid(region)) {
                throw invalid(parameter, "@ForRegion(\"" + region + "\")", "is not a Region name such as eu-west-1.");
            }
            return Region.of(region);
        }).orElse(otherwise);
    }

    static String account(ParameterContext parameter, String otherwise) {
        return parameter.findAnnotation(ForAccount.class).map(ForAccount::value).map(account -> {
            if (!AccountIds.isValid(account)) {
                throw invalid(parameter, "@ForAccount(\"" + account + "\")", "is not an account ID: it must be 12 digits.");
            }
            return account;
        }).orElse(otherwise);
    }

    private static ParameterResolutionException invalid(ParameterContext parameter, String qualifier, String problem) {
        return new ParameterResolutionException(qualifier + " on parameter " + parameter.getIndex()
                + " of " + parameter.getDeclaringExecutable() + " " + problem);
    }
}
