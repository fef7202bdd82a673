package io.github.mockcloudtrail.engine.history;

/**
 * A CloudTrail record read from a file, a seed or a recorded call, with what {@code LookupEvents} needs
 * derived from it, before it is filed in a history.
 *
 * @param account the account the record is filed under
 * @param region the Region the record is filed under
 * @param time the event time in epoch milliseconds
 * @param json the complete record, as written; null for a call recorded as its parts
 * @param call the parts of an API call the mock recorded, from which its record is written when first read; null
 *     for a record read as text
 */
record ParsedEvent(String account, String region, EventCategory category, String eventId, String eventName,
        String eventSource, String readOnly, String accessKeyId, String username, ResourceRef[] resources,
        long time, String json, RecordWriter.ApiCall call) {
}
