package io.github.mockcloudtrail.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's code stays true to the build:
 * <ul>
 *   <li>every Java snippet is copied from the examples' compiled sources: its lines (ignoring indentation and blank
 *       lines) appear, in order and together, in one source file of this module, and in the file the prose just
 *       before it names ({@code From ...FirstTrailTest.java}), when it names one;</li>
 *   <li>every path to an example source the README gives ({@code examples/src/test/java/.../X.java}), and every
 *       example test its feature table names ({@code quickstart/FirstTrailTest}), exists;</li>
 *   <li>every link to a section ({@code (#the-clock)}) leads to a heading, as GitHub forms their anchors;</li>
 *   <li>every Maven coordinate in an XML snippet is real: this project's artifacts are modules of this build at its
 *       version, and third-party versions are the ones the build itself uses.</li>
 * </ul>
 */
class ReadmeSnippetsTest {
    private static final Path ROOT = Path.of("..");
    private static final Path SOURCES = Path.of("src");
    private static final Pattern BLOCK = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern NAMED_SOURCE = Pattern.compile("(\\w+\\.java)");
    private static final Pattern SOURCE_PATH = Pattern.compile("examples/src/(main|test)/java/\\.\\.\\./([\\w/]+\\.java)");
    private static final Pattern COORDINATES = Pattern.compile(
            "<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");
    private static final Pattern EXAMPLE_TEST = Pattern.compile("`([a-z]+/\\w+Test)`");
    private static final Pattern ANCHOR_LINK = Pattern.compile("\\]\\(#([^)]+)\\)");
    private static final String PROJECT_GROUP = "io.github.mockcloudtrail";

    private final String readme = read(ROOT.resolve("README.md"));

    @Test
    void everyJavaSnippetComesFromTheExampleSourceItNames() throws IOException {
        Map<Path, List<String>> sources = exampleSources();
        int snippets = 0;
        int end = 0;
        Matcher block = BLOCK.matcher(readme);
        while (block.find()) {
            String prose = readme.substring(end, block.start());
            end = block.end();
            if (!block.group(1).equals("java")) {
                continue;
            }
            snippets++;
            List<String> snippet = significantLines(block.group(2));
            String named = lastMatch(NAMED_SOURCE, prose);
            assertThat(sources.entrySet())
                    .as("an example source%s containing%n%s", named == null ? "" : " named " + named, String.join("\n", snippet))
                    .anyMatch(source -> (named == null || source.getKey().getFileName().toString().equals(named))
                            && Collections.indexOfSubList(source.getValue(), snippet) >= 0);
        }
        assertThat(snippets).as("Java snippets in the README").isPositive();
    }

    @Test
    void everyExampleSourceTheReadmeNamesExists() throws IOException {
        Map<Path, List<String>> sources = exampleSources();
        Matcher path = SOURCE_PATH.matcher(readme);
        while (path.find()) {
            String tail = "/" + path.group(2);
            assertThat(sources.keySet()).as("an example source %s", path.group())
                    .anyMatch(source -> source.startsWith(SOURCES.resolve(path.group(1)))
                            && source.toString().replace('\\', '/').endsWith(tail));
        }
    }

    @Test
    void everyExampleTestTheFeatureTableNamesExists() {
        Path tests = SOURCES.resolve(Path.of("test", "java", "io", "github", "mockcloudtrail", "examples"));
        Matcher test = EXAMPLE_TEST.matcher(readme);
        int named = 0;
        while (test.find()) {
            named++;
            assertThat(tests.resolve(test.group(1) + ".java")).as("the example test %s", test.group(1)).exists();
        }
        assertThat(named).as("example tests named as package/ClassTest").isPositive();
    }

    @Test
    void everyLinkWithinTheReadmeLeadsToAHeading() {
        List<String> headings = readme.lines().filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase()
                        .replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'))
                .toList();
        Matcher link = ANCHOR_LINK.matcher(readme);
        while (link.find()) {
            assertThat(headings).as("a heading for the link %s", link.group()).contains(link.group(1));
        }
    }

    @Test
    void everyMavenCoordinateIsOneTheBuildUses() {
        String parent = read(ROOT.resolve("pom.xml"));
        String projectVersion = projectVersion(parent);
        Map<String, String> buildVersions = buildVersions(parent);
        Matcher block = BLOCK.matcher(readme);
        int ours = 0;
        while (block.find()) {
            if (!block.group(1).equals("xml")) {
                continue;
            }
            Matcher dependency = COORDINATES.matcher(block.group(2));
            while (dependency.find()) {
                String group = dependency.group(1);
                String artifact = dependency.group(2);
                String version = dependency.group(3);
                if (group.equals(PROJECT_GROUP)) {
                    ours++;
                    assertThat(ROOT.resolve(artifact).resolve("pom.xml")).as("a module %s of this build", artifact).exists();
                    assertThat(version).as("the version of %s", artifact).isEqualTo(projectVersion);
                } else if (buildVersions.containsKey(group + ":" + artifact)) {
                    assertThat(version).as("the version of %s:%s the build uses", group, artifact)
                            .isEqualTo(buildVersions.get(group + ":" + artifact));
                }
            }
        }
        assertThat(ours).as("dependencies on this project's artifacts in the README").isPositive();
    }

    /** Versions the parent POM gives to third-party artifacts, with {@code ${properties}} resolved. */
    private static Map<String, String> buildVersions(String pom) {
        Map<String, String> properties = new HashMap<>();
        Matcher property = Pattern.compile("<([\\w.-]+\\.version)>([^<]+)</\\1>").matcher(pom);
        while (property.find()) {
            properties.put(property.group(1), property.group(2));
        }
        Map<String, String> versions = new HashMap<>();
        Matcher coordinates = COORDINATES.matcher(pom);
        while (coordinates.find()) {
            String version = coordinates.group(3);
            if (version.startsWith("${")) {
                version = properties.getOrDefault(version.substring(2, version.length() - 1), version);
            }
            versions.put(coordinates.group(1) + ":" + coordinates.group(2), version);
        }
        // The BOMs: every JUnit Jupiter artifact has the BOM's version.
        versions.put("org.junit.jupiter:junit-jupiter", properties.get("junit.version"));
        return versions;
    }

    private static String projectVersion(String pom) {
        Matcher version = Pattern.compile("<artifactId>mock-cloudtrail-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(version.find()).as("the parent POM's version").isTrue();
        return version.group(1);
    }

    private static String lastMatch(Pattern pattern, String text) {
        String last = null;
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last;
    }

    private static Map<Path, List<String>> exampleSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            Map<Path, List<String>> sources = new HashMap<>();
            files.filter(file -> file.toString().endsWith(".java"))
                    .forEach(file -> sources.put(file, significantLines(read(file))));
            return sources;
        }
    }

    private static List<String> significantLines(String text) {
        return new ArrayList<>(text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
