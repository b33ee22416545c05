package org.vndirective.lineage.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes to a {@link SourceText}, or a one-line reason why not. UTF-8 (with or without BOM) is expected; UTF-16 (by
 * its byte order mark, or without one by where its zero bytes fall) is decoded and said so; text that is not UTF-8
 * but reads as Vietnamese in Windows-1258 is decoded so and said so; anything else is decoded with replacement
 * characters and the first bad place reported.
 */
public final class Decoder {
    private static final Charset CP1258 = Charset.isSupported("windows-1258") ? Charset.forName("windows-1258") : null;
    private static final String VIETNAMESE_1258 = "ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323";
    private final long maxBytes;

    public Decoder(long maxBytes) { this.maxBytes = maxBytes; }

    public static Decoder standard() { return new Decoder(32L << 20); }

    public long maxBytes() { return maxBytes; }

    /** The outcome: a text (possibly with notes) or the reason the file cannot be used. */
    public sealed interface Result permits Decoded, Rejected {}

    public record Decoded(SourceText text) implements Result {}

    public record Rejected(String reason) implements Result {}

    /** Said before reading a file whose size is already known to be over the limit. */
    public Rejected tooLarge(long bytes) {
        return new Rejected("file is %s, over the %s limit".formatted(size(bytes), size(maxBytes)));
    }

    public Result decode(String name, String path, byte[] bytes) {
        if (bytes.length > maxBytes) return tooLarge(bytes.length);
        if (bytes.length == 0) return new Rejected("file is empty");
        String sha = Digests.sha256(bytes);
        Utf16 wide = utf16(bytes);
        if (wide != null) return decodeUtf16(name, path, bytes, sha, wide);
        int nul = indexOfNul(bytes);
        if (nul >= 0) return new Rejected("binary file (NUL byte at offset " + nul + "), not text");
        if (controlShare(bytes) > 0.05) return new Rejected("binary file (too many control bytes), not text");

        List<String> notes = new ArrayList<>();
        int off = hasUtf8Bom(bytes) ? 3 : 0;
        String text;
        String enc = "UTF-8";
        try {
            text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, off, bytes.length - off)).toString();
        } catch (CharacterCodingException e) {
            String cp = CP1258 == null ? null : tryCp1258(bytes);
            if (cp != null) {
                text = cp;
                enc = "windows-1258";
                notes.add("not UTF-8; decoded as Windows-1258 (Vietnamese)");
            } else {
                int bad = firstBadUtf8(bytes, off);
                text = new String(bytes, off, bytes.length - off, StandardCharsets.UTF_8);
                int[] lc = lineColumn(bytes, bad);
                notes.add("not valid UTF-8 from line %d column %d (byte %d); undecodable bytes replaced by U+FFFD"
                        .formatted(lc[0], lc[1], bad));
                enc = "UTF-8 (with replacements)";
            }
        }
        if (text.isBlank()) return new Rejected("file has only white space");
        return new Decoded(new SourceText(name, path, text, enc, sha, bytes.length, notes));
    }

    /** UTF-16 found: its byte order, and how many bytes of byte order mark to skip. */
    private record Utf16(Charset charset, int skip) {}

    /**
     * UTF-16 by its byte order mark, or without one when zero bytes fall on one side only: the high byte of the
     * ASCII letters and spaces that make up most of any Vietnamese text. Plain 8-bit text has no zero bytes at all.
     */
    private static Utf16 utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return new Utf16(StandardCharsets.UTF_16LE, 2);
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return new Utf16(StandardCharsets.UTF_16BE, 2);
        int n = Math.min(b.length, 1 << 16) & ~1, even = 0, odd = 0;
        if (n < 4) return null;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) even++;
            if (b[i + 1] == 0) odd++;
        }
        int pairs = n / 2;
        if (odd * 5 >= pairs && even * 100 <= pairs) return new Utf16(StandardCharsets.UTF_16LE, 0);
        if (even * 5 >= pairs && odd * 100 <= pairs) return new Utf16(StandardCharsets.UTF_16BE, 0);
        return null;
    }

    private Result decodeUtf16(String name, String path, byte[] bytes, String sha, Utf16 wide) {
        String enc = wide.charset().name();
        String note = "decoded as " + enc + (wide.skip() > 0 ? "" : " (no byte order mark)");
        String text;
        try {
            text = strict(wide.charset()).decode(ByteBuffer.wrap(bytes, wide.skip(), bytes.length - wide.skip())).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, wide.skip(), bytes.length - wide.skip(), wide.charset());
            note += "; undecodable bytes replaced by U+FFFD";
            enc += " (with replacements)";
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) return new Rejected("binary file (NUL character at char " + nul + " of its " + enc + " text), not text");
        if (text.isBlank()) return new Rejected("file has only white space");
        return new Decoded(new SourceText(name, path, text, enc, sha, bytes.length, List.of(note)));
    }

    private static String tryCp1258(byte[] bytes) {
        try {
            String s = strict(CP1258).decode(ByteBuffer.wrap(bytes)).toString();
            // Vietnamese in CP1258 is full of letters only Vietnamese uses (ă â đ ê ô ơ ư) and of combining tone marks.
            long viet = s.chars().filter(c -> VIETNAMESE_1258.indexOf(c) >= 0).count();
            long letters = s.chars().filter(Character::isLetter).count();
            return viet >= 3 && viet * 50 >= letters ? s : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstBadUtf8(byte[] bytes, int off) {
        CharsetDecoder d = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes, off, bytes.length - off);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        return d.decode(in, out, true).isError() ? in.position() : bytes.length;
    }

    private static int[] lineColumn(byte[] bytes, int upTo) {
        int line = 1, col = 1;
        for (int i = 0; i < upTo && i < bytes.length; i++) {
            if (bytes[i] == '\n') { line++; col = 1; } else if ((bytes[i] & 0xC0) != 0x80) col++;
        }
        return new int[] {line, col};
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static int indexOfNul(byte[] b) {
        int n = Math.min(b.length, 1 << 16);
        for (int i = 0; i < n; i++) if (b[i] == 0) return i;
        return -1;
    }

    private static double controlShare(byte[] b) {
        int n = Math.min(b.length, 1 << 16), ctl = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ctl++;
        }
        return n == 0 ? 0 : (double) ctl / n;
    }

    private static String size(long bytes) {
        return bytes >= (1 << 20) ? (bytes >> 20) + " MB" : bytes >= 1024 ? (bytes >> 10) + " KB" : bytes + " bytes";
    }
}
