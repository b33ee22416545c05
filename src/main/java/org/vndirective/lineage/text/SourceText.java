package org.vndirective.lineage.text;

import java.util.Collections;
import java.util.List;

/**
 * A decoded input file, never modified: every extracted fact points back into {@link #original()}.
 *
 * @param name     the file name as it appears in the graph (relative to the input root)
 * @param path     where it was read from, for messages
 * @param original the decoded text, exactly as decoded
 * @param encoding the charset it was decoded with (for documents: the format and how the text was read)
 * @param sha256   hex digest of the file's bytes
 * @param byteLength size of the file in bytes
 * @param notes    what the decoder had to say (e.g. "decoded as windows-1258")
 * @param pageStarts char offsets in {@link #original()} where pages 1, 2, … start; empty when the format has no pages
 */
public record SourceText(String name, String path, String original, String encoding, String sha256,
                         long byteLength, List<String> notes, List<Integer> pageStarts) {
    public SourceText {
        notes = List.copyOf(notes);
        pageStarts = List.copyOf(pageStarts);
    }

    /** A text without pages. */
    public SourceText(String name, String path, String original, String encoding, String sha256, long byteLength,
                      List<String> notes) {
        this(name, path, original, encoding, sha256, byteLength, notes, List.of());
    }

    /** For tests and callers holding text in memory. */
    public static SourceText of(String name, String text) {
        return new SourceText(name, name, text, "UTF-8", Digests.sha256(text), text.length(), List.of());
    }

    /** The 1-based page holding char offset {@code offset} of the original, or 0 when the text has no pages. */
    public int page(int offset) {
        if (pageStarts.isEmpty()) return 0;
        int i = Collections.binarySearch(pageStarts, offset);
        return Math.max(1, i >= 0 ? lastStartingAt(i) + 1 : -i - 1);
    }

    // Empty pages share their start with the next one: the offset belongs to the last of them.
    private int lastStartingAt(int i) {
        while (i + 1 < pageStarts.size() && pageStarts.get(i + 1).equals(pageStarts.get(i))) i++;
        return i;
    }

    /** 1-based line and column of a char offset in the original, for messages. */
    public int[] lineColumn(int offset) {
        int line = 1, col = 1;
        for (int i = 0; i < offset && i < original.length(); i++) {
            if (original.charAt(i) == '\n') { line++; col = 1; } else col++;
        }
        return new int[] {line, col};
    }
}
