package io.github.mockcloudtrail.engine.history;

/**
 * An event in a history: immutable, so histories, snapshots and forked engines share it.
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
    final String json;

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
        this.json = parsed.json();
    }

    /** Whether this event comes after the position (time, seq) in history order (oldest first). */
    boolean isAfter(long otherTime, long otherSeq) {
        return time != otherTime ? time > otherTime : seq > otherSeq;
    }
}
