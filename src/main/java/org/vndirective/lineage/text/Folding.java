package org.vndirective.lineage.text;

import java.text.Normalizer;

/**
 * Lower-case and strip diacritics one char at a time ({@code Ồ → o}, {@code Đ → d}), so the folded text has the
 * same length as its input and shares its offsets. OCR-damaged text ("Nghi quyét") and clean text ("Nghị quyết")
 * fold to the same letters.
 */
public final class Folding {
    private static final char[] TABLE = new char[0x2000];

    static {
        for (int c = 0; c < TABLE.length; c++) TABLE[c] = compute((char) c);
    }

    private Folding() {}

    public static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = fold(s.charAt(i));
        return new String(out);
    }

    public static char fold(char c) {
        return c < TABLE.length ? TABLE[c] : Character.toLowerCase(c);
    }

    private static char compute(char c) {
        if (c == 'Đ' || c == 'đ' || c == 'Ð') return 'd';
        if (c == 'Ƣ' || c == 'ƣ') return 'u';
        if (Character.getType(c) == Character.NON_SPACING_MARK) return c;
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        if (d.length() > 1 && Character.isLetter(base)) return Character.toLowerCase(base);
        return Character.toLowerCase(c);
    }
}
