package org.vndirective.lineage.read;

/**
 * Whether a PDF page's text layer is worth reading: a scan has none (or a few stray letters), and a broken font map
 * gives replacement characters, private-use code points or letters of no Latin script.
 */
final class TextLayer {
    private static final int MIN_LETTERS = 16;

    private TextLayer() {}

    static boolean usable(String page) {
        int letters = 0, foreign = 0, bad = 0;
        for (int i = 0; i < page.length(); ) {
            int c = page.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) foreign++;
            } else if (c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE
                    || Character.isISOControl(c) && !Character.isWhitespace(c)) {
                bad++;
            }
        }
        return letters >= MIN_LETTERS && bad * 10 < letters && foreign * 3 < letters;
    }

    static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }
}
