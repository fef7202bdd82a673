package io.github.mockcloudtrail.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Packages {@link FloorServer} the way the standalone server is packaged, for a fair start-time comparison: a
 * copy of the server's shaded jar, holding the same classes, with the floor's class added and named as the
 * jar's main class.
 *
 * <pre>{@code
 * Path floorJar = FloorJar.from(Path.of("target/cloudtrail-mock-server.jar"), Path.of("target/benchmark"));
 * }</pre>
 */
final class FloorJar {
    private FloorJar() {
    }

    /** Writes {@code floor-undertow-server.jar} into the folder and returns it. */
    static Path from(Path serverJar, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path jar = folder.resolve("floor-undertow-server.jar");
        Files.copy(serverJar, jar, StandardCopyOption.REPLACE_EXISTING);
        String classFile = FloorServer.class.getName().replace('.', '/') + ".class";
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of());
                InputStream compiled = FloorServer.class.getClassLoader().getResourceAsStream(classFile)) {
            Path entry = zip.getPath(classFile);
            Files.createDirectories(entry.getParent());
            Files.copy(compiled, entry, StandardCopyOption.REPLACE_EXISTING);
            Path manifestEntry = zip.getPath("META-INF", "MANIFEST.MF");
            Manifest manifest;
            try (InputStream in = Files.newInputStream(manifestEntry)) {
                manifest = new Manifest(in);
            }
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FloorServer.class.getName());
            try (OutputStream out = Files.newOutputStream(manifestEntry)) {
                manifest.write(out);
            }
        }
        return jar;
    }
}
