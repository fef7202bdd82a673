package io.github.mockcloudtrail.engine.history;

/**
 * An event in a history: what it says never changes, so histories, snapshots and forked engines share it. The
 * record of a call the mock recorded is written from the call's parts when it is first read, and then replaces
 * them, so a read event costs the heap only its text. Writing it again would give the same text (the parts are
 * immutable and carry the time of the call), so threads that race to write it agree and need no lock.
 *
 * <p>{@code seq} orders events that happened in the same millisecond (the later one first) and tells
 * which events a page token's watermark covers; {@code capSeq} is the event's place among the events
 * that count against the history's cap, or -1 when it does not count.
 */
final class StoredEvent {
    final String eventId;
    final String eventName;
    final String eventSource;
    final String readOnly;
    final String accessKeyId;
    final String username;
    final ResourceRef[] resources;
    final long time;
    final long seq;
    final long capSeq;
    /** The record's text, or the {@link RecordWriter.ApiCall} to write it from: one field, read once, so a
     * thread sees either the parts or the finished text, never a half-published pair. */
    private volatile Object record;

    StoredEvent(ParsedEvent parsed, long seq, long capSeq) {
        this.eventId = parsed.eventId();
        this.eventName = parsed.eventName();
        this.eventSource = parsed.eventSource();
        this.readOnly = parsed.readOnly();
        this.accessKeyId = parsed.accessKeyId();
        this.username = parsed.username();
        this.resources = parsed.resources();
        this.time = parsed.time();
        this.seq = seq;
        this.capSeq = capSeq;
        this.record = parsed.json() != null ? parsed.json() : parsed.call();
    }

    /** The complete CloudTrail record. */
    String json() {
        Object current = record;
        if (current instanceof String text) {
            return text;
        }
        String text = RecordWriter.apiCall((RecordWriter.ApiCall) current);
        record = text;
        return text;
    }

    /** Whether this event comes after the position (time, seq) in history order (oldest first). */
    boolean isAfter(long otherTime, long otherSeq) {
        return time != otherTime ? time > otherTime : seq > otherSeq;
    }
}
