package org.vndirective.lineage.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a pattern can start, found with {@code indexOf} on a literal it must contain; the pattern then runs only
 * there ({@code lookingAt}). Scanning every char with a regex costs ~40 ns a char; this is nearly free.
 */
final class Triggers {
    private Triggers() {}

    /**
     * Positions where a regex may start: where its leading literal is ("dieu\\s+le" at "dieu", "ngh[ij]…" at "ngh"),
     * or everywhere when it has none ({@link Scan#leadingLiteral}: a quantifier or a top-level '|' takes it away).
     */
    static List<Integer> literalStarts(String f, String regex) {
        String lit = Scan.leadingLiteral(regex);
        List<Integer> out = new ArrayList<>();
        if (lit.length() < 2) {
            for (int i = 0; i < f.length(); i++) out.add(i);
            return out;
        }
        for (int at = f.indexOf(lit); at >= 0; at = f.indexOf(lit, at + 1)) out.add(at);
        return out;
    }

    /** Word starts up to {@code before} chars ahead of each occurrence of {@code literal}, for patterns that lead up to it. */
    static List<Integer> starts(String f, String literal, int before) {
        List<Integer> out = new ArrayList<>();
        int last = -1;
        for (int at = f.indexOf(literal); at >= 0; at = f.indexOf(literal, at + 1)) {
            for (int i = Math.max(last + 1, at - before); i <= at; i++) {
                if (i == 0 || f.charAt(i - 1) == ' ' || f.charAt(i - 1) == '\n' || f.charAt(i - 1) == '(') out.add(i);
            }
            last = at;
        }
        return out;
    }

    /** The chars before the first regex metacharacter, quantifiers and alternatives not considered. */
    static String literalPrefix(String regex) {
        StringBuilder b = new StringBuilder();
        for (char c : regex.toCharArray()) {
            if ("\\[](){}.*+?^$|".indexOf(c) >= 0) break;
            b.append(c);
        }
        return b.toString();
    }
}
