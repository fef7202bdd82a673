package io.github.mockcloudtrail.server;

/**
 * Chooses the session that serves a request, from the access key it was signed with; this is what lets one
 * server serve several isolated states.
 *
 * <pre>{@code
 * CloudTrailServer server = CloudTrailServer.start(new SingleSessionRouter(session), 0);
 * }</pre>
 */
public interface RequestRouter {

    /** The session and caller for a request signed with this access key for this Region. */
    Route route(String accessKeyId, String region);

    /** The session unsigned requests act on, such as {@code POST /_mock/reset}. */
    Session unsignedSession();
}
