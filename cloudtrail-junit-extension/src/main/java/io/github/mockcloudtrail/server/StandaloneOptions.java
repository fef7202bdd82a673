package io.github.mockcloudtrail.server;

import io.github.mockcloudtrail.engine.AccountIds;
import io.github.mockcloudtrail.engine.EngineOptions;
import io.github.mockcloudtrail.engine.RegionNames;
import io.github.mockcloudtrail.engine.Organization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The command line of the standalone server. Every value is checked before the server starts, and a
 * bad one is reported with the option's name.
 *
 * <pre>{@code
 * java -jar cloudtrail-mock-server.jar --port 4599 --region us-east-1 --account 123456789012 \
 *      --organization 111111111111:222222222222,333333333333 \
 *      --seed-events ./cloudtrail-logs --lookup-window-days 0
 * }</pre>
 *
 * @param port the port to listen on; 0 picks a free one
 * @param region the Region clients are expected to sign for; requests are served in the Region they
 *     are signed for, whatever this says
 * @param engineOptions the default account and organization, and the lookup window
 * @param seedEvents record files or folders to seed the event history with, in order
 */
record StandaloneOptions(int port, String region, EngineOptions engineOptions, List<Path> seedEvents) {
    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar cloudtrail-mock-server.jar [options]",
            "  --port N                      port on 127.0.0.1 (default 4599; 0 picks a free port)",
            "  --region REGION               Region clients are expected to use (default us-east-1);"
                    + " each request is served in the Region it is signed for",
            "  --account ACCOUNT_ID          account for access keys that are not 12 digits"
                    + " (default " + EngineOptions.DEFAULT_ACCOUNT_ID + ")",
            "  --organization MGMT:M1,M2     an organization: management account and member accounts",
            "  --seed-events PATH            CloudTrail records to put into the event history: a log file"
                    + " ({\"Records\":[...]}, plain or .gz), JSON lines, lookup-events output, or a folder of them;"
                    + " repeatable",
            "  --lookup-window-days N        how many days back LookupEvents looks (default 90; 0 for no limit)",
            "  --help                        print this help",
            "POST /_mock/reset deletes all trails and events.");

    static final int DEFAULT_PORT = 4599;
    static final String DEFAULT_REGION = "us-east-1";

    /** @throws IllegalArgumentException with a message that names the bad option */
    static StandaloneOptions parse(String... args) {
        int port = DEFAULT_PORT;
        String region = DEFAULT_REGION;
        EngineOptions.Builder engine = EngineOptions.builder();
        List<Path> seedEvents = new ArrayList<>();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (option) {
                case "--port" -> port = parsePort(required(option, value));
                case "--region" -> region = parseRegion(required(option, value));
                case "--account" -> engine.defaultAccountId(parseAccount(required(option, value)));
                case "--organization" -> engine.organization(parseOrganization(required(option, value)));
                case "--seed-events" -> seedEvents.add(parseSeedPath(required(option, value)));
                case "--lookup-window-days" -> engine.lookupWindow(parseWindow(required(option, value)));
                default -> throw new IllegalArgumentException("Unknown option '" + option + "'.");
            }
        }
        return new StandaloneOptions(port, region, engine.build(), List.copyOf(seedEvents));
    }

    private static String required(String option, String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException("Option " + option + " needs a value.");
        }
        return value;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the option's name
        }
        throw new IllegalArgumentException("--port must be a number from 0 to 65535, not '" + value + "'.");
    }

    private static Path parseSeedPath(String value) {
        Path path = Path.of(value);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("--seed-events names no file or folder: '" + value + "'.");
        }
        return path;
    }

    private static Duration parseWindow(String value) {
        try {
            int days = Integer.parseInt(value);
            if (days >= 0) {
                return Duration.ofDays(days);
            }
        } catch (NumberFormatException e) {
            // reported below, with the option's name
        }
        throw new IllegalArgumentException("--lookup-window-days must be 0 (no limit) or a number of days, not '"
                + value + "'.");
    }

    private static String parseRegion(String value) {
        if (!RegionNames.isValid(value)) {
            throw new IllegalArgumentException("--region must be a Region name such as us-east-1, not '" + value + "'.");
        }
        return value;
    }

    private static String parseAccount(String value) {
        if (!AccountIds.isValid(value)) {
            throw new IllegalArgumentException("--account must be a 12-digit account ID, not '" + value + "'.");
        }
        return value;
    }

    private static Organization parseOrganization(String value) {
        String[] parts = value.split(":", 2);
        List<String> members = parts.length < 2 || parts[1].isBlank() ? List.of() : Arrays.asList(parts[1].split(","));
        try {
            return new Organization(parts[0], new LinkedHashSet<>(members));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--organization must be MANAGEMENT_ACCOUNT:MEMBER,MEMBER,...: "
                    + e.getMessage() + ".", e);
        }
    }
}
