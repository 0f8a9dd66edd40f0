package vn.chibo.minutes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The canonical form of the minutes (docs/minutes.md): JSON with object members sorted by key (UTF-16 code units,
 * as RFC 8785), no whitespace, strings NFC-normalised with only the escapes RFC 8785 requires, integers and
 * booleans as JSON writes them, UTF-8 bytes; the hash is the lowercase hex SHA-256 of those bytes.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    static String of(JsonNode node) {
        var out = new StringBuilder(4096);
        write(node, out);
        return out.toString();
    }

    static String sha256(String canonical) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        }
        else if (node.isObject()) {
            var entries = new ArrayList<Map.Entry<String, JsonNode>>(node.properties());
            entries.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(entries.get(i).getKey(), out);
                out.append(':');
                write(entries.get(i).getValue(), out);
            }
            out.append('}');
        }
        else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        }
        else if (node.isString()) {
            string(node.asString(), out);
        }
        else if (node.isBoolean()) {
            out.append(node.asBoolean());
        }
        else if (node.isIntegralNumber()) {
            out.append(node.asLong());
        }
        else {
            throw new IllegalArgumentException("the minutes hold no fractional numbers: " + node);
        }
    }

    private static void string(String raw, StringBuilder out) {
        var value = Normalizer.normalize(raw, Normalizer.Form.NFC);
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
