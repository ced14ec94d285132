package nl.hamerslag.test.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of what a hostile or careless client sends: control characters, very long text,
 * unicode tricks, markup and SQL, impossible dates and ids, numbers out of range, wrong JSON types.
 * Every value goes into every field of every operation in turn.
 */
public final class HostileValues {

    private HostileValues() {
    }

    /** Values that can stand where text is expected: in a path, a query, a header or a JSON string. */
    public static List<Hostile> texts() {
        List<Hostile> values = new ArrayList<>(List.of(
                Hostile.text("NUL", "a\u0000b"),
                Hostile.text("bell control character", "ding\u0007"),
                Hostile.text("escape sequence", "\u001b[31mred\u001b[0m"),
                Hostile.text("vertical tab", "a\u000bb"),
                Hostile.text("DEL", "a\u007fb"),
                Hostile.text("C1 control (NEL)", "a\u0085b"),
                Hostile.text("CRLF header injection", "a\r\nX-Injected: yes"),
                Hostile.text("100 000 characters", "x".repeat(100_000)),
                Hostile.text("100 000 non-ASCII characters", "é".repeat(100_000)),
                Hostile.text("right-to-left override", "voorstel\u202Efdp.exe"),
                Hostile.text("zero-width characters", "a\u200Bb\u200Dc\uFEFF"),
                Hostile.text("noncharacters", "\uFFFE\uFFFF"),
                Hostile.text("emoji and combining marks", "\uD83D\uDE00 e\u0301\u0301\u0301"),
                new Hostile("lone surrogate", "a\uD800b", "a%ED%A0%80b", "\"a\\ud800b\""),
                Hostile.wire("overlong UTF-8 NUL", "a%C0%80b", null),
                Hostile.wire("overlong UTF-8 slash", "%E0%80%AF..%E0%80%AFetc", null),
                Hostile.wire("broken percent-encoding", "%zz%", null),
                Hostile.text("script", "<script>alert(document.cookie)</script>"),
                Hostile.text("markup in attribute", "\"><img src=x onerror=alert(1)>"),
                Hostile.text("SQL", "' OR '1'='1'; DROP TABLE domain_event_entry; --"),
                Hostile.text("SQL LIKE wildcards", "%_\\%"),
                Hostile.text("path traversal", "../../../etc/passwd"),
                Hostile.text("empty", ""),
                Hostile.text("blank", "   "),
                Hostile.text("invalid date", "2026-02-30"),
                Hostile.text("date far in the future", "+999999999-12-31"),
                Hostile.text("date far in the past", "-999999999-01-01"),
                Hostile.text("year zero", "0000-00-00"),
                Hostile.text("invalid date-time", "2026-13-01T25:61:00Z"),
                Hostile.text("invalid UUID", "not-a-uuid"),
                Hostile.text("almost a UUID", "00000000-0000-0000-0000-00000000000g"),
                Hostile.text("UUID with a tail", "3f2b9c4e-1d2a-4c1b-9e8f-0a1b2c3d4e5f' --"),
                Hostile.text("huge number", "99999999999999999999999999999"),
                Hostile.text("negative number", "-2147483649"),
                Hostile.text("not a number", "NaN"),
                Hostile.text("JSON in text", "{\"$gt\":\"\"}")));
        return values;
    }

    /** Values that only a JSON body can carry: wrong types and out-of-range numbers. */
    public static List<Hostile> jsonOnly() {
        return List.of(
                Hostile.json("number instead of text", "12345"),
                Hostile.json("fraction", "-0.5e-7"),
                Hostile.json("number out of range", "1e400"),
                Hostile.json("huge integer", "123456789012345678901234567890"),
                Hostile.json("boolean", "true"),
                Hostile.json("null", "null"),
                Hostile.json("empty array", "[]"),
                Hostile.json("array of text", "[\"a\",\"b\"]"),
                Hostile.json("object", "{\"a\":1}"),
                Hostile.json("nested deeply (1 000)", "[".repeat(1000) + "]".repeat(1000)),
                Hostile.json("NUL as escape in a key", "{\"a\\u0000\":\"b\"}"),
                Hostile.json("10 000 elements", "[" + "1,".repeat(9_999) + "1]"));
    }

    /** Whole bodies that are not what any JSON endpoint expects. */
    public static List<Hostile> jsonBodies() {
        return List.of(
                Hostile.json("nested arrays 1 000 deep", "[".repeat(1000) + "]".repeat(1000)),
                Hostile.json("nested objects 1 000 deep", "{\"a\":".repeat(1000) + "1" + "}".repeat(1000)),
                Hostile.json("not JSON", "this is not json"),
                Hostile.json("truncated JSON", "{\"title\":"),
                Hostile.json("empty", ""),
                Hostile.json("top-level string", "\"text\""),
                Hostile.json("top-level number", "42"),
                Hostile.json("top-level null", "null"),
                Hostile.json("top-level array", "[{}]"),
                Hostile.json("duplicate keys", "{\"a\":1,\"a\":2}"),
                Hostile.json("unescaped control character", "{\"title\":\"a\u0001b\"}"),
                Hostile.json("raw NUL byte", "{\"title\":\"a\u0000b\"}"),
                Hostile.json("comment", "/* hi */ {}"),
                Hostile.json("trailing garbage", "{} {}"),
                Hostile.json("key of 100 000 characters", "{\"" + "k".repeat(100_000) + "\":1}"));
    }

    /** Raw bytes that are not UTF-8 where JSON must be; sent as the body. */
    public static List<byte[]> invalidUtf8Bodies() {
        return List.of(
                new byte[]{'{', '"', 't', '"', ':', '"', (byte) 0xC0, (byte) 0x80, '"', '}'},
                new byte[]{'{', '"', 't', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
                new byte[]{(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0});
    }
}
