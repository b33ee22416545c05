package org.vndirective.lineage.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern searched for only where it can start. {@code Matcher.find} attempts a match at every char, which on short
 * files costs far more than the matches themselves; a table lookup first is nearly free.
 *
 * @param firsts for each char below U+2000 (Latin, Vietnamese, punctuation), whether a match can start with it;
 *               any other char is tried
 */
record Scan(Pattern pattern, boolean[] firsts) {
    private static final int LIMIT = 0x2000;

    /** The chars a match can start with, found by asking the matcher about each one alone ({@code hitEnd}). */
    static Scan of(Pattern p) {
        boolean[] firsts = new boolean[LIMIT];
        // A lookbehind in front could look at text a single char does not have: try everywhere.
        boolean any = p.pattern().contains("(?<=");
        for (char c = 0; c < LIMIT; c++) {
            Matcher m = p.matcher(String.valueOf(c));
            firsts[c] = any || m.lookingAt() || m.hitEnd();
        }
        return new Scan(p, firsts);
    }

    boolean canStart(char c) { return c >= LIMIT || firsts[c]; }

    /** A matcher for {@link #find}: it sees the whole text, so lookarounds, ^ and $ keep their meaning. */
    Matcher matcher(CharSequence s) {
        return pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Like {@code find} from {@code from}, for matches that start before {@code to} and end by it. */
    boolean find(Matcher m, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (canStart(s.charAt(i)) && m.region(i, to).lookingAt()) return true;
        }
        return false;
    }

    /** Whether {@code i} starts a word of folded text: no ASCII letter before it (the {@code (?<![a-z])} test). */
    static boolean wordStart(CharSequence s, int i) {
        if (i == 0) return true;
        char c = s.charAt(i - 1);
        return c < 'a' || c > 'z';
    }
}
