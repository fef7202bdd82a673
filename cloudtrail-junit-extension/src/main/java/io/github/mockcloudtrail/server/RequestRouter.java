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

    /**
     * The session and caller for a request signed with this access key for this Region.
     *
     * @param accessKeyId the access key of the SigV4 credential scope
     * @param region the Region of the credential scope
     * @return where the request goes and who makes it
     */
    Route route(String accessKeyId, String region);

    /** {@return the session unsigned requests act on, such as {@code POST /_mock/reset}} */
    Session unsignedSession();
}
