package org.vndirective.lineage.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.vndirective.lineage.text.AlignedText;
import org.vndirective.lineage.text.SourceText;
import org.vndirective.lineage.text.TextNormalizer;

/**
 * A stage's table of phenomena, eyecite-style: one row per phenomenon, the text it shows and what the stage must
 * give for it, one line per fact. The file under {@code src/test/resources/stages} reads:
 * <pre>
 * ### what the row shows
 * the text (any number of lines, kept as written)
 * ---
 * one expected fact per line, in the order the stage gives them (none: an empty block)
 * </pre>
 * Lines starting with {@code #} (not {@code ###}) outside a text are comments.
 */
public record StageTable(String stage, List<Row> rows) {
    public record Row(String name, String text, List<String> expected) {}

    public static StageTable read(String stage) {
        Path p = Path.of("src/test/resources/stages", stage + ".table");
        List<String> lines;
        try {
            lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        String name = null;
        StringBuilder text = null;
        List<String> expected = null;
        for (String l : lines) {
            if (l.startsWith("### ")) {
                if (name != null) rows.add(new Row(name, text.toString(), expected));
                name = l.substring(4).strip();
                text = new StringBuilder();
                expected = null;
            } else if (name == null || (expected != null && (l.isBlank() || l.startsWith("#")))) {
                continue;
            } else if (expected == null && l.equals("---")) {
                expected = new ArrayList<>();
            } else if (expected == null) {
                text.append(text.length() == 0 ? "" : "\n").append(l);
            } else {
                expected.add(l.strip());
            }
        }
        if (name != null) rows.add(new Row(name, text.toString(), expected));
        for (Row r : rows) {
            if (r.expected() == null) throw new IllegalStateException(p + ": row \"" + r.name() + "\" has no --- line");
        }
        return new StageTable(stage, List.copyOf(rows));
    }

    /** One test per row: {@code actual} gives the stage's facts for a text, one line each. */
    public Stream<DynamicTest> tests(java.util.function.Function<String, List<String>> actual) {
        return rows.stream().map(r -> DynamicTest.dynamicTest(stage + ": " + r.name(), () -> {
            List<String> got = actual.apply(r.text());
            org.junit.jupiter.api.Assertions.assertEquals(String.join("\n", r.expected()), String.join("\n", got),
                    () -> stage + " stage, row \"" + r.name() + "\"");
        }));
    }

    /** The text as the normaliser gives it to the finders (the row's name is the file name). */
    public static AlignedText normalised(String name, String text) {
        return TextNormalizer.standard().normalize(SourceText.of(name + ".txt", text));
    }

    static String quoted(String s) { return "\"" + s.replace("\n", "⏎") + "\""; }

    /** Prints each row with the stage's actual lines (to write a new row's expectations, then check them by hand). */
    public static void print(String stage, java.util.function.Function<String, List<String>> actual) {
        for (Row r : read(stage).rows()) {
            System.out.println("### " + r.name() + "\n" + r.text() + "\n---");
            actual.apply(r.text()).forEach(System.out::println);
            System.out.println();
        }
    }
}
