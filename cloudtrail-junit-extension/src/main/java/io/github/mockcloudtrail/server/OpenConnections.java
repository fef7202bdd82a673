package io.github.mockcloudtrail.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.ServerConnection;
import io.undertow.util.AttachmentKey;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.xnio.IoUtils;

/**
 * Keeps track of a server's open connections, so that the server can close them when it stops: a client must not
 * go on talking to a stopped mock over a kept-alive connection. A server on {@link ServerThreads} it shares has no
 * other way to close them; one on threads of its own would close them by stopping its threads too, but every server
 * stops the same way. A connection is tracked from its first request.
 *
 * <pre>{@code
 * OpenConnections connections = new OpenConnections(handler);
 * AcceptingChannel<StreamConnection> listener = threads.listen(host, port, connections, options);
 * ...
 * connections.closeAll();
 * }</pre>
 */
final class OpenConnections implements HttpHandler {
    private static final AttachmentKey<Boolean> TRACKED = AttachmentKey.create(Boolean.class);

    private final HttpHandler next;
    private final Set<ServerConnection> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    OpenConnections(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        ServerConnection connection = exchange.getConnection();
        if (connection.getAttachment(TRACKED) == null) {
            connection.putAttachment(TRACKED, Boolean.TRUE);
            open.add(connection);
            connection.addCloseListener(open::remove);
        }
        if (closed) {
            IoUtils.safeClose(connection); // its first request arrived as the server stopped
            return;
        }
        next.handleRequest(exchange);
    }

    /** Closes every open connection, and any whose first request is still on its way. */
    void closeAll() {
        closed = true;
        open.forEach(IoUtils::safeClose);
    }
}
