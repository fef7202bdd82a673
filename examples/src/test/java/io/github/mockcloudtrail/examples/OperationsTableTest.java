package io.github.mockcloudtrail.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mockcloudtrail.Operation;
import io.github.mockcloudtrail.engine.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;

/**
 * The README's table of supported operations cannot drift from the code or claim more than CloudTrail documents:
 * it has a row for each {@link Operation}; every error it names is an {@link ErrorCode}; together the rows name
 * exactly the codes the mock's sources answer with; and an error listed for an operation is one the AWS SDK's model
 * declares for that operation (the client method's {@code throws} clause), unless the row marks it with
 * {@value #NOT_IN_MODEL}, which it may do only where the model does not declare it.
 */
class OperationsTableTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path MOCK_SOURCES = Path.of("..", "cloudtrail-junit-extension", "src", "main", "java");
    private static final String NOT_IN_MODEL = "†";
    private static final String EVERY_OPERATION = "every operation";
    private static final Pattern ERROR = Pattern.compile("`([A-Z]\\w*)`(" + NOT_IN_MODEL + ")?");
    private static final Pattern USED_CODE = Pattern.compile("ErrorCode\\.([A-Z0-9_]+)");

    private static Map<String, String> rows;

    @BeforeAll
    static void readTable() throws IOException {
        rows = table(Files.readString(README));
    }

    @Test
    void hasARowForEachOperation() {
        List<String> operations = Arrays.stream(Operation.values()).map(Operation::wireName).toList();

        assertThat(rows.keySet()).as("rows of the supported-operations table")
                .containsExactlyInAnyOrderElementsOf(Stream.concat(operations.stream(), Stream.of(EVERY_OPERATION)).toList());
    }

    @Test
    void namesExactlyTheErrorCodesTheMockAnswersWith() throws IOException {
        Set<String> listed = new TreeSet<>();
        rows.values().forEach(errors -> errorsIn(errors).keySet().forEach(listed::add));

        assertThat(listed).as("error codes in the table").containsExactlyInAnyOrderElementsOf(codesUsedBySources());
    }

    @Test
    void listsForEachOperationOnlyWhatTheSdkModelDeclaresUnlessMarked() {
        Set<String> modeled = modeledExceptions();
        for (Operation operation : Operation.values()) {
            Set<String> declared = declaredBy(operation);
            errorsIn(rows.get(operation.wireName())).forEach((code, marked) -> {
                String entry = operation.wireName() + ": " + code;
                if (!modeled.contains(code.toLowerCase())) {
                    assertThat(marked).as("%s is not modeled by the SDK at all: no %s mark", entry, NOT_IN_MODEL).isFalse();
                } else if (marked) {
                    assertThat(declared).as("%s is marked %s but the SDK model declares it", entry, NOT_IN_MODEL)
                            .doesNotContain(code.toLowerCase());
                } else {
                    assertThat(declared).as("%s is not declared by the SDK for the operation: mark it %s", entry, NOT_IN_MODEL)
                            .contains(code.toLowerCase());
                }
            });
        }
    }

    /** Rows of the table under "## Supported operations": first cell (without backticks) to second cell. */
    private static Map<String, String> table(String readme) {
        int start = readme.indexOf("\n## Supported operations");
        assertThat(start).as("a \"## Supported operations\" section in the README").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        Map<String, String> rows = new LinkedHashMap<>();
        readme.substring(start, end < 0 ? readme.length() : end).lines()
                .filter(line -> line.startsWith("| `") || line.startsWith("| " + EVERY_OPERATION))
                .forEach(line -> {
                    String[] cells = line.split("\\|");
                    rows.put(cells[1].strip().replace("`", ""), cells[2].strip());
                });
        return rows;
    }

    /** The codes in a cell, each with whether it carries the not-in-the-model mark. */
    private static Map<String, Boolean> errorsIn(String cell) {
        Set<String> known = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet());
        Map<String, Boolean> errors = new LinkedHashMap<>();
        Matcher error = ERROR.matcher(cell);
        while (error.find()) {
            assertThat(known).as("an ErrorCode named %s (in the table cell %s)", error.group(1), cell)
                    .contains(error.group(1));
            errors.put(error.group(1), error.group(2) != null);
        }
        return errors;
    }

    private static Set<String> codesUsedBySources() throws IOException {
        try (Stream<Path> files = Files.walk(MOCK_SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("ErrorCode.java"))
                    .flatMap(file -> USED_CODE.matcher(read(file)).results().map(match -> match.group(1)))
                    .map(constant -> ErrorCode.valueOf(constant).code())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The exceptions the SDK's client declares for the operation, by lower-case name (the SDK writes "Arn", the wire "ARN"). */
    private static Set<String> declaredBy(Operation operation) {
        String name = operation.wireName();
        String method = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        try {
            Class<?> request = Class.forName(CloudTrailException.class.getPackageName() + "." + name + "Request");
            Method call = CloudTrailClient.class.getMethod(method, request);
            return Arrays.stream(call.getExceptionTypes())
                    .filter(CloudTrailException.class::isAssignableFrom)
                    .map(type -> type.getSimpleName().toLowerCase())
                    .collect(Collectors.toSet());
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new AssertionError("CloudTrailClient has no " + method + " method", e);
        }
    }

    private static Set<String> modeledExceptions() {
        return Arrays.stream(Operation.values()).flatMap(operation -> declaredBy(operation).stream())
                .collect(Collectors.toSet());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
