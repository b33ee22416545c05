package org.vndirective.lineage.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {

    static Stream<Arguments> cases() throws IOException {
        Path file = Path.of("src/test/resources/text/normalization-cases.tsv");
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(f -> Arguments.of(f[0], unescape(f[1]), unescape(f[2])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void normalises(String name, String input, String expected) {
        AlignedText t = TextNormalizer.standard().normalize(SourceText.of(name, input));
        assertEquals(expected, t.text());
        assertOffsetsMonotoneAndInside(t);
    }

    @Test
    void foldedViewSharesOffsets() {
        AlignedText t = TextNormalizer.standard().normalize(SourceText.of("x", "Nghi\u0323 quyê\u0301t số 22-NQ/TW của Đảng"));
        assertEquals(t.text().length(), t.folded().length());
        assertEquals("nghi quyet so 22-nq/tw cua dang", t.folded());
    }

    @Test
    void spanMapsBackToTheOriginalCharacters() {
        String original = "Thực hiện Chỉ thị số 10-\n\nCT/TW, ngày 30/03/2007";
        AlignedText t = TextNormalizer.standard().normalize(SourceText.of("x", original));
        int s = t.text().indexOf("10-CT/TW");
        assertEquals("10-\n\nCT/TW", t.originalSlice(s, s + "10-CT/TW".length()));
        int d = t.text().indexOf("30/03/2007");
        assertEquals(original.indexOf("30/03/2007"), t.originalStart(d));
    }

    @Test
    void nfdSpanCoversCombiningMarks() {
        String original = "Tỉnh u\u0309y Lâm Đồng";
        AlignedText t = TextNormalizer.standard().normalize(SourceText.of("x", original));
        int s = t.text().indexOf("ủy");
        assertEquals("u\u0309y", t.originalSlice(s, s + 2));
    }

    private static void assertOffsetsMonotoneAndInside(AlignedText t) {
        int len = t.source().original().length();
        int last = 0;
        for (int i = 0; i < t.length(); i++) {
            int s = t.originalStart(i);
            int e = t.originalEnd(i + 1);
            assertTrue(s >= last - 8 && s <= e && e <= len, "offset map broken at " + i);
            last = s;
        }
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) { b.append(c); continue; }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> { b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; }
                default -> b.append(n);
            }
        }
        return b.toString();
    }

    static { if (!Files.exists(Path.of("src/test/resources"))) throw new UncheckedIOException(new IOException("run from project root")); }
}
