package io.github.mockcloudtrail.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The three suites whose per-class cost the benchmark compares, each {@link #CLASSES} test classes generated from
 * one template, each class with one test making one call:
 *
 * <ul>
 *   <li>{@link #MOCK}: {@code @MockCloudTrail} and an injected {@code CloudTrailClient} calling {@code ListTrails};
 *   <li>{@link #FLOOR}: the same call, with a {@link FloorServer} started in {@code @BeforeAll} and a
 *       {@code CloudTrailClient} built by hand (Apache HTTP client, no retries, as the mock's);
 *   <li>{@link #NO_EXTENSION}: the same test without any endpoint or client, so making no call: JUnit's own cost.
 * </ul>
 *
 * <pre>{@code
 * ClassSuite.compileAll(Path.of("target/benchmark/suites"));
 * List<String> classes = ClassSuite.MOCK.classNames();
 * }</pre>
 */
enum ClassSuite {
    MOCK("MockCloudTrailClass", """
            import io.github.mockcloudtrail.junit.MockCloudTrail;
            import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

            @MockCloudTrail
            class %1$s {
                @Test
                void listsTrails(CloudTrailClient cloudTrail) {
                    assertEquals(0, cloudTrail.listTrails(request -> { }).trails().size());
                }
            }
            """),
    FLOOR("FloorClass", """
            import io.github.mockcloudtrail.benchmark.FloorServer;
            import java.util.Map;
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.BeforeAll;
            import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
            import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
            import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
            import software.amazon.awssdk.http.apache.ApacheHttpClient;
            import software.amazon.awssdk.regions.Region;
            import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

            class %1$s {
                private static FloorServer server;
                private static CloudTrailClient cloudTrail;

                @BeforeAll
                static void start() {
                    server = FloorServer.start(0, Map.of("ListTrails", "{\\"Trails\\":[]}"));
                    cloudTrail = CloudTrailClient.builder()
                            .endpointOverride(server.endpoint())
                            .region(Region.US_EAST_1)
                            .credentialsProvider(StaticCredentialsProvider.create(
                                    AwsBasicCredentials.create("AKIDFLOOR", "secret")))
                            .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                            .httpClientBuilder(ApacheHttpClient.builder())
                            .build();
                }

                @AfterAll
                static void stop() {
                    cloudTrail.close();
                    server.close();
                }

                @Test
                void listsTrails() {
                    assertEquals(0, cloudTrail.listTrails(request -> { }).trails().size());
                }
            }
            """),
    NO_EXTENSION("NoExtensionClass", """
            import java.util.List;

            class %1$s {
                @Test
                void listsTrails() {
                    assertEquals(0, List.of().size());
                }
            }
            """);

    /** How many classes each suite has. */
    static final int CLASSES = 20;
    static final String PACKAGE = "io.github.mockcloudtrail.benchmark.suites";
    private static final String HEADER = """
            package %s;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;
            """.formatted(PACKAGE);

    private final String prefix;
    private final String template;

    ClassSuite(String prefix, String template) {
        this.prefix = prefix;
        this.template = template;
    }

    /** The suite's classes, in the order they run. */
    List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (int number = 1; number <= CLASSES; number++) {
            names.add(PACKAGE + "." + simpleName(number));
        }
        return names;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String simpleName(int number) {
        return String.format(Locale.ROOT, "%s%02d", prefix, number);
    }

    /** Writes every suite's sources below {@code folder} and compiles them there, on this JVM's class path. */
    static void compileAll(Path folder) throws IOException {
        Path sources = folder.resolve("sources");
        Path classes = folder.resolve("classes");
        Files.createDirectories(sources.resolve(PACKAGE.replace('.', '/')));
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path")));
        for (ClassSuite suite : values()) {
            for (int number = 1; number <= CLASSES; number++) {
                String name = suite.simpleName(number);
                Path file = sources.resolve(PACKAGE.replace('.', '/')).resolve(name + ".java");
                Files.writeString(file, HEADER + System.lineSeparator() + suite.template.formatted(name),
                        StandardCharsets.UTF_8);
                arguments.add(file.toString());
            }
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, errors, errors, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("The generated suites did not compile: "
                    + errors.toString(StandardCharsets.UTF_8));
        }
    }

    /** Where the compiled classes are, to add to a class path. */
    static Path classesIn(Path folder) {
        return folder.resolve("classes");
    }
}
