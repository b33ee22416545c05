package org.vndirective.lineage.text;

import java.util.List;

/**
 * A decoded input file, never modified: every extracted fact points back into {@link #original()}.
 *
 * @param name     the file name as it appears in the graph (relative to the input root)
 * @param path     where it was read from, for messages
 * @param original the decoded text, exactly as decoded
 * @param encoding the charset it was decoded with
 * @param sha256   hex digest of the file's bytes
 * @param byteLength size of the file in bytes
 * @param notes    what the decoder had to say (e.g. "decoded as windows-1258")
 */
public record SourceText(String name, String path, String original, String encoding, String sha256,
                         long byteLength, List<String> notes) {
    public SourceText {
        notes = List.copyOf(notes);
    }

    /** For tests and callers holding text in memory. */
    public static SourceText of(String name, String text) {
        return new SourceText(name, name, text, "UTF-8", Digests.sha256(text), text.length(), List.of());
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
