package org.vndirective.lineage.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The indexed offsets give what counting from the start gives, at every offset. */
class AlignedTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "a", "\n", "Số 59\nKH/TU\n\n", "𝐀b\n𝐂\uD835\n\uDC00x𝐃", "\uDC00\uD835", "ngày 10\r\ntháng 8 😀😀\n"})
    void codePointsAndLinesMatchACountFromTheStart(String s) {
        SourceText src = SourceText.of("t.txt", s);
        AlignedText t = AlignedText.identity(src);
        for (int i = 0; i <= s.length(); i++) {
            assertEquals(s.codePointCount(0, i), t.codePointOffset(i), "code points before " + i);
            assertArrayEquals(src.lineColumn(i), t.lineColumn(i), "line and column of " + i);
        }
    }
}
