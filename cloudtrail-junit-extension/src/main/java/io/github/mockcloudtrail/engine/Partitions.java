package io.github.mockcloudtrail.engine;

/** Maps a Region name to its ARN partition, the scope within which multi-Region trails replicate. */
final class Partitions {
    private Partitions() {
    }

    static String of(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        if (region.startsWith("us-iso-")) {
            return "aws-iso";
        }
        if (region.startsWith("us-isob-")) {
            return "aws-iso-b";
        }
        return "aws";
    }
}
