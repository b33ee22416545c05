package org.vndirective.lineage.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndirective.lineage.text.Folding;

/**
 * A full-text query as the explorer writes it for Lucene ({@code (10 OR 010) AND ct~1 AND tu~1}, or words as a user
 * typed them), read into a tree that other engines' searches are written from. Words are folded (lower case, no
 * diacritics) to match {@code vnd:searchText}; words side by side are ANDed; a word with {@code ~} is fuzzy (one
 * edit, and not an insert: {@link #nearby}).
 */
sealed interface TextQuery {
    record Word(String text, boolean fuzzy) implements TextQuery {}

    record And(List<TextQuery> all) implements TextQuery {}

    record Or(List<TextQuery> any) implements TextQuery {}

    record Not(TextQuery negated) implements TextQuery {}

    /** Nothing to search for (only operators or punctuation). */
    record Empty() implements TextQuery {}

    Pattern TOKEN = Pattern.compile("\\(|\\)|\"[^\"]*\"(?:~\\d*)?|[^\\s()\"]+");
    /** What a word may hold: letters, digits and the joiners of a notation. */
    Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\-/.]+");
    String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    String DIGITS = "0123456789";

    static TextQuery parse(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        return or(tokens, new int[] {0});
    }

    private static TextQuery or(List<String> t, int[] at) {
        List<TextQuery> any = new ArrayList<>();
        any.add(and(t, at));
        while (at[0] < t.size() && t.get(at[0]).equals("OR")) {
            at[0]++;
            any.add(and(t, at));
        }
        return simplify(any, false);
    }

    private static TextQuery and(List<String> t, int[] at) {
        List<TextQuery> all = new ArrayList<>();
        while (at[0] < t.size() && !t.get(at[0]).equals(")") && !t.get(at[0]).equals("OR")) {
            String s = t.get(at[0]++);
            if (s.equals("AND")) continue;
            if (s.equals("NOT")) {
                if (at[0] < t.size()) all.add(new Not(atom(t.get(at[0]++), t, at)));
            } else {
                all.add(atom(s, t, at));
            }
        }
        return simplify(all, true);
    }

    private static TextQuery atom(String s, List<String> t, int[] at) {
        if (s.equals("(")) {
            TextQuery inner = or(t, at);
            if (at[0] < t.size() && t.get(at[0]).equals(")")) at[0]++;
            return inner;
        }
        if (s.equals(")") || s.equals("OR") || s.equals("AND")) return new Empty();
        boolean fuzzy = s.matches(".*~\\d*$");
        String w = s.replaceFirst("~\\d*$", "").replaceAll("^[+-]+|\"", "");
        List<TextQuery> words = new ArrayList<>();
        for (String piece : NOT_WORD.matcher(Folding.fold(w)).replaceAll(" ").strip().split(" "))
            if (hasWord(piece)) words.add(new Word(piece, fuzzy));
        return simplify(words, true);
    }

    private static TextQuery simplify(List<TextQuery> parts, boolean and) {
        List<TextQuery> kept = parts.stream().filter(p -> !(p instanceof Empty)).toList();
        if (kept.isEmpty() || kept.stream().allMatch(p -> p instanceof Not)) return new Empty();
        if (kept.size() == 1) return kept.get(0);
        return and ? new And(kept) : new Or(kept);
    }

    /** Virtuoso calls a phrase of punctuation alone noise, and refuses it. */
    static boolean hasWord(String w) { return w.chars().anyMatch(Character::isLetterOrDigit); }

    /**
     * The word and the words one edit away that do not make it longer: a letter deleted, replaced (a letter by a
     * letter, a digit by a digit) or swapped with its neighbour. Lucene's {@code ~1} also inserts one; on Virtuoso
     * at 1M documents the inserts cost most of the time (56 s against 7 s for "chi~1 AND thij~1": BENCHMARKS.md).
     */
    static Set<String> nearby(String w) {
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        for (int i = 0; i < w.length(); i++) out.add(w.substring(0, i) + w.substring(i + 1));
        for (int i = 0; i + 1 < w.length(); i++) out.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
        for (int i = 0; i < w.length(); i++) {
            char at = w.charAt(i);
            String alphabet = Character.isDigit(at) ? DIGITS : Character.isLetter(at) ? LETTERS : "";
            for (char c : alphabet.toCharArray()) out.add(w.substring(0, i) + c + w.substring(i + 1));
        }
        out.remove("");
        return out;
    }
}
