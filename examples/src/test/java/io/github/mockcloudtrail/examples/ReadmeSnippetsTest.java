package io.github.mockcloudtrail.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet in the README is copied from the examples' compiled sources, so it cannot go
 * stale: its lines (ignoring indentation and blank lines) must appear, in order and together, in one
 * source file of this module.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCES = Path.of("src");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaSnippetComesFromAnExampleSource() throws IOException {
        List<List<String>> snippets = javaSnippets(Files.readString(README));
        List<List<String>> sources = exampleSources();

        assertThat(snippets).as("Java snippets in the README").isNotEmpty();
        for (List<String> snippet : snippets) {
            assertThat(sources).as("an example source containing%n%s", String.join("\n", snippet))
                    .anyMatch(source -> Collections.indexOfSubList(source, snippet) >= 0);
        }
    }

    private static List<List<String>> javaSnippets(String readme) {
        List<List<String>> snippets = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(readme);
        while (block.find()) {
            snippets.add(significantLines(block.group(1)));
        }
        return snippets;
    }

    private static List<List<String>> exampleSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(ReadmeSnippetsTest::read)
                    .map(ReadmeSnippetsTest::significantLines)
                    .toList();
        }
    }

    private static List<String> significantLines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
