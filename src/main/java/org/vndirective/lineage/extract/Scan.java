package org.vndirective.lineage.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern searched for only where it can start. {@code Matcher.find} attempts a match at every char, which on short
 * files costs far more than the matches themselves; a table lookup first is nearly free.
 *
 * @param firsts for each char below U+2000 (Latin, Vietnamese, punctuation), whether a match can start with it;
 *               any other char is tried
 * @param seconds for a first char that can start a match, the second chars that can follow it (a bit per char below
 *                U+0250, Latin and Vietnamese; any other is tried), or null when any can
 * @param literal what every match starts with (after a leading negative lookbehind), when the pattern says so and
 *                it is two chars or more: then {@code indexOf} finds the candidates; else empty
 */
record Scan(Pattern pattern, boolean[] firsts, long[][] seconds, String literal) {
    private static final int LIMIT = 0x2000;
    private static final int SECOND_LIMIT = 0x250;

    /** The chars a match can start with, found by asking the matcher about each one alone ({@code hitEnd}). */
    static Scan of(Pattern p) {
        boolean[] firsts = new boolean[LIMIT];
        // A lookbehind in front could look at text a single char does not have: try everywhere.
        boolean any = p.pattern().contains("(?<=");
        for (char c = 0; c < LIMIT; c++) {
            Matcher m = p.matcher(String.valueOf(c));
            firsts[c] = any || m.lookingAt() || m.hitEnd();
        }
        // The same question for two chars: 'n' starts "noi nhan", but "nh" and "ng" do not.
        long[][] seconds = new long[LIMIT][];
        boolean contextual = any || p.pattern().contains("\\B") || p.pattern().contains("(?m)");
        for (char c = 0; c < LIMIT && !contextual; c++) {
            if (!firsts[c]) continue;
            long[] bits = new long[(SECOND_LIMIT + 63) / 64];
            for (char d = 0; d < SECOND_LIMIT; d++) {
                Matcher m = p.matcher(new String(new char[] {c, d}));
                if (m.lookingAt() || m.hitEnd()) bits[d >> 6] |= 1L << d;
            }
            seconds[c] = bits;
        }
        return new Scan(p, firsts, seconds, leadingLiteral(p.pattern()));
    }

    /** The literal a pattern starts with, or "" when it has none or a top-level '|' makes it optional. */
    static String leadingLiteral(String regex) {
        String r = regex.startsWith("(?<![a-z])") ? regex.substring("(?<![a-z])".length()) : regex;
        int depth = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') i++;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return "";
        }
        String lit = Triggers.literalPrefix(r);
        // A quantifier after the prefix may apply to its last char ("ab?" starts with "a" only).
        if (lit.length() < r.length() && "?*{".indexOf(r.charAt(lit.length())) >= 0) lit = lit.substring(0, Math.max(0, lit.length() - 1));
        return lit.length() >= 2 ? lit : "";
    }

    boolean canStart(char c) { return c >= LIMIT || firsts[c]; }

    /** Whether a match can start at {@code i} of a text whose matches must end by {@code to}, by its first two chars. */
    boolean canStart(CharSequence s, int i, int to) {
        char c = s.charAt(i);
        if (c >= LIMIT) return true;
        if (!firsts[c]) return false;
        long[] bits = seconds[c];
        if (bits == null || i + 1 >= to) return true;
        char d = s.charAt(i + 1);
        return d >= SECOND_LIMIT || (bits[d >> 6] & 1L << d) != 0;
    }

    /** A matcher for {@link #find}: it sees the whole text, so lookarounds, ^ and $ keep their meaning. */
    Matcher matcher(CharSequence s) {
        return pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Like {@code find} from {@code from}, for matches that start before {@code to} and end by it. */
    boolean find(Matcher m, CharSequence s, int from, int to) {
        if (!literal.isEmpty() && s instanceof String str) {
            for (int i = str.indexOf(literal, from); i >= 0 && i < to; i = str.indexOf(literal, i + 1)) {
                if (m.region(i, to).lookingAt()) return true;
            }
            return false;
        }
        for (int i = from; i < to; i++) {
            if (canStart(s, i, to) && m.region(i, to).lookingAt()) return true;
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
