package io.github.mockcloudtrail.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The body as the handler gets it, from the parts Undertow delivers: whole when within the limit (the first part
 * itself when it is the only one), and too large when the parts together pass the limit, however they are cut.
 */
class BoundedBodyTest {
    private static final int LIMIT = 8;

    private final List<byte[]> wholeBodies = new ArrayList<>();
    private int tooLarge;

    private BoundedBody body() {
        return new BoundedBody(LIMIT, BodyDeadline.pending(null, exchange -> { }),
                (exchange, bytes) -> wholeBodies.add(bytes), exchange -> tooLarge++);
    }

    @Test
    void aBodyInOnePartIsHandedOnAsItCame() {
        byte[] part = {'{', '}'};

        body().handle(null, part, true);

        assertThat(wholeBodies).singleElement().isSameAs(part);
        assertThat(tooLarge).isZero();
    }

    @Test
    void partsAreJoinedInOrder() {
        BoundedBody body = body();

        body.handle(null, new byte[] {'{', '"'}, false);
        body.handle(null, new byte[] {'a', '"'}, false);
        body.handle(null, new byte[] {':', '1', '}'}, true);

        assertThat(wholeBodies).singleElement().isEqualTo(new byte[] {'{', '"', 'a', '"', ':', '1', '}'});
    }

    @Test
    void anEmptyBodyAndABodyOfExactlyTheLimitAreWhole() {
        body().handle(null, new byte[0], true);
        BoundedBody atLimit = body();
        atLimit.handle(null, new byte[LIMIT - 1], false);
        atLimit.handle(null, new byte[1], true);

        assertThat(wholeBodies).hasSize(2);
        assertThat(wholeBodies.get(0)).isEmpty();
        assertThat(wholeBodies.get(1)).hasSize(LIMIT);
        assertThat(tooLarge).isZero();
    }

    @Test
    void aBodyOverTheLimitIsTooLargeWhetherTheFirstOrALaterPartPassesIt() {
        body().handle(null, new byte[LIMIT + 1], true);
        BoundedBody later = body();
        later.handle(null, new byte[LIMIT], false);
        later.handle(null, new byte[1], false);
        later.handle(null, new byte[0], true);

        assertThat(tooLarge).isEqualTo(2);
        assertThat(wholeBodies).isEmpty();
    }
}
