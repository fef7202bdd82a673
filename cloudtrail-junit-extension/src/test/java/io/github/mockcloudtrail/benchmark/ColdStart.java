package io.github.mockcloudtrail.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Start time of the standalone server jar, {@code java -jar cloudtrail-mock-server.jar --port 0} from launch to its
 * ready line, against the floor's jar packaged the same way ({@link FloorJar}); launches alternate between the two
 * so that both meet the same load.
 *
 * <pre>{@code
 * Comparison starts = ColdStart.measure(serverJar, floorJar, 10);
 * }</pre>
 */
final class ColdStart {
    private ColdStart() {
    }

    static Comparison measure(Path serverJar, Path floorJar, int launches) {
        List<Double> mock = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        for (int launch = 0; launch < launches; launch++) {
            boolean mockFirst = launch % 2 == 0;
            (mockFirst ? mock : floor).add(readyMillis(mockFirst ? serverJar : floorJar));
            (mockFirst ? floor : mock).add(readyMillis(mockFirst ? floorJar : serverJar));
        }
        return new Comparison(Sample.of(mock), Sample.of(floor));
    }

    private static double readyMillis(Path jar) {
        try (ServerProcess server = ServerProcess.launch(jar, "--port", "0")) {
            return server.readyMillis();
        }
    }
}
