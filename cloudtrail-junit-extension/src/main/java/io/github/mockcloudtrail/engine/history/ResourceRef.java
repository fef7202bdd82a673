package io.github.mockcloudtrail.engine.history;

/**
 * A resource an event refers to, as {@code LookupEvents} reports it.
 *
 * @param type such as {@code AWS::CloudTrail::Trail}; may be null when the record does not say
 * @param name such as a trail ARN
 */
record ResourceRef(String type, String name) {
    static final ResourceRef[] NONE = new ResourceRef[0];
}
