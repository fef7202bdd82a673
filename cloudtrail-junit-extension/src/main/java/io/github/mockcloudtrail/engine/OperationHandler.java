package io.github.mockcloudtrail.engine;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;

/** Executes one CloudTrail operation against the engine's state. */
@FunctionalInterface
interface OperationHandler {
    SdkResponse handle(Caller caller, SdkRequest request);
}
