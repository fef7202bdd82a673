package io.github.mockcloudtrail.junit;

import java.util.List;

/** Closes several resources, all of them even when some fail, and reports the first failure. */
final class Closing {
    private Closing() {
    }

    static void all(List<? extends AutoCloseable> resources) {
        RuntimeException failure = null;
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Closing " + resource + " failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
