package io.github.mockcloudtrail.server;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Writes compact JSON straight into a growing byte array, in UTF-8, for the answers the mock gives: every call
 * writes one, and a Jackson generator costs each of them a context, a generator, an output stream and a copy.
 * Commas go in by themselves: a value or member name that follows anything but an opening bracket or a colon is
 * preceded by one, which holds because nothing here writes whitespace.
 *
 * <p>Strings are escaped as Jackson escapes them: quote, backslash and control characters, and each UTF-16
 * surrogate as a {@code \}{@code uXXXX} escape, so that any Java string, even one with a lone surrogate that a
 * request's escapes made, reads back the same.
 *
 * <pre>{@code
 * JsonBytesWriter out = new JsonBytesWriter();
 * out.startObject().name("IsLogging").bool(true).name("StartLoggingTime").millisAsSeconds(1709294400500L).endObject();
 * byte[] json = out.toByteArray(); // {"IsLogging":true,"StartLoggingTime":1709294400.5}
 * }</pre>
 */
final class JsonBytesWriter {
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

    private byte[] bytes = new byte[256];
    private int length;

    JsonBytesWriter startObject() {
        separate();
        return put('{');
    }

    JsonBytesWriter endObject() {
        return put('}');
    }

    JsonBytesWriter startArray() {
        separate();
        return put('[');
    }

    JsonBytesWriter endArray() {
        return put(']');
    }

    /** A member's name and its colon; its value comes next. */
    JsonBytesWriter name(String name) {
        string(name);
        return put(':');
    }

    JsonBytesWriter string(String text) {
        separate();
        put('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                stringChar(c);
            } else if (c < 0x800) {
                ensure(2);
                bytes[length++] = (byte) (0xC0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                unicodeEscape(c);
            } else {
                ensure(3);
                bytes[length++] = (byte) (0xE0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return put('"');
    }

    JsonBytesWriter bool(boolean value) {
        separate();
        return raw(value ? "true" : "false");
    }

    JsonBytesWriter nullValue() {
        separate();
        return raw("null");
    }

    JsonBytesWriter number(long value) {
        separate();
        return digits(value);
    }

    /** As Jackson writes a double: its shortest decimal form, and a string for NaN and the infinities. */
    JsonBytesWriter number(double value) {
        return Double.isFinite(value) ? numberText(Double.toString(value)) : string(Double.toString(value));
    }

    /**
     * Milliseconds since the epoch as seconds: a whole number when there are no milliseconds, else with the
     * milliseconds as a fraction without trailing zeros ({@code 1709294400.5}); as the decimal of scale 3 with its
     * trailing zeros stripped would be written, without making one for the times after 1970 that answers carry.
     */
    JsonBytesWriter millisAsSeconds(long epochMilli) {
        if (epochMilli < 0) {
            return numberText(BigDecimal.valueOf(epochMilli, 3).stripTrailingZeros().toPlainString());
        }
        number(epochMilli / 1000);
        int millis = (int) (epochMilli % 1000);
        if (millis != 0) {
            put('.').put('0' + millis / 100);
            if (millis % 100 != 0) {
                put('0' + millis / 10 % 10);
                if (millis % 10 != 0) {
                    put('0' + millis % 10);
                }
            }
        }
        return this;
    }

    /** {@return the JSON written so far, in an array of its own length} */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private JsonBytesWriter numberText(String text) {
        separate();
        return raw(text);
    }

    /** A comma, unless this is the first thing in a container or a member's value. */
    private void separate() {
        if (length > 0) {
            byte last = bytes[length - 1];
            if (last != '{' && last != '[' && last != ':') {
                put(',');
            }
        }
    }

    private JsonBytesWriter digits(long value) {
        if (value < 0) {
            return raw(Long.toString(value));
        }
        int count = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            count++;
        }
        ensure(count);
        length += count;
        long rest = value;
        for (int i = length - 1; i >= length - count; i--) {
            bytes[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return this;
    }

    /** One character of a string below 0x80, escaped if JSON needs it escaped. */
    private void stringChar(char c) {
        if (c == '"' || c == '\\') {
            put('\\').put(c);
        } else if (c >= 0x20) {
            put(c);
        } else if (c == '\n') {
            put('\\').put('n');
        } else if (c == '\r') {
            put('\\').put('r');
        } else if (c == '\t') {
            put('\\').put('t');
        } else if (c == '\b') {
            put('\\').put('b');
        } else if (c == '\f') {
            put('\\').put('f');
        } else {
            unicodeEscape(c);
        }
    }

    private void unicodeEscape(char c) {
        ensure(6);
        bytes[length++] = '\\';
        bytes[length++] = 'u';
        bytes[length++] = HEX[c >> 12];
        bytes[length++] = HEX[c >> 8 & 0xF];
        bytes[length++] = HEX[c >> 4 & 0xF];
        bytes[length++] = HEX[c & 0xF];
    }

    /** Text known to be ASCII that needs no escaping, such as a number's. */
    private JsonBytesWriter raw(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    private JsonBytesWriter put(int c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
