package io.github.mockcloudtrail.server;

import java.net.InetAddress;

/**
 * The strings of the last client the server heard from, its credential scope, address and User-Agent, handed out
 * again while calls come from that client: the events recorded for a test then share one copy of each, and the
 * maps that look them up hash each once rather than on every call. Shared by the I/O threads; a value is reused
 * only after it has been compared with the request's own, so a thread that reads another's is still right.
 *
 * <pre>{@code
 * RecentClient recent = new RecentClient();
 * CredentialScope scope = recent.scope(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
 * String userAgent = recent.userAgent(exchange.getRequestHeaders().getFirst(Headers.USER_AGENT));
 * }</pre>
 */
final class RecentClient {
    private volatile CredentialScope scope;
    private volatile SourceAddress address;
    private volatile String userAgent;

    /** The request's credential scope, as {@link CredentialScope#parse(String)} reads it. */
    CredentialScope scope(String authorization) {
        CredentialScope last = scope;
        CredentialScope read = CredentialScope.parse(authorization, last);
        if (read != last) {
            scope = read;
        }
        return read;
    }

    /** The address as text, such as {@code 127.0.0.1}. */
    String address(InetAddress client) {
        SourceAddress last = address;
        if (last == null || !last.address().equals(client)) {
            last = new SourceAddress(client, client.getHostAddress());
            address = last;
        }
        return last.text();
    }

    /** The User-Agent header, or "" when there is none. */
    String userAgent(String header) {
        if (header == null) {
            return "";
        }
        String last = userAgent;
        if (header.equals(last)) {
            return last;
        }
        userAgent = header;
        return header;
    }

    private record SourceAddress(InetAddress address, String text) {
    }
}
