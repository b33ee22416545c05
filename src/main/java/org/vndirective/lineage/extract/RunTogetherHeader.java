package org.vndirective.lineage.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header whose line breaks the crawl lost ("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG*** Số: 418/QĐ-UBND CỘNG HÒA XÃ HỘI
 * CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Cao Bằng, ngày 07 tháng 5 năm 2024 QUYẾT ĐỊNHVề việc …"): its
 * lines told apart again where capitals give way to mixed case and back, at separators ("***", "-----"), before
 * "Số" and a number, after the motto, and after a heading's type name that runs on into a title in capitals.
 */
final class RunTogetherHeader {
    /** A line this long that prints a motto in capitals near its start holds a whole header. */
    static final int LONG_LINE = 300;
    private static final int MOTTO_WITHIN = 600;
    /** Only the header matters: the rest of the line stays one line. */
    private static final int SPLIT_WITHIN = 3000;
    private static final Pattern MOTTO = Pattern.compile("C[ỘO]NG H[ÒOÓ]A X[ÃA] H[ỘO]I|Đ[ẢA]NG C[ỘO]NG S[ẢA]N VI[ỆE]T NAM");
    /** The motto's last words, at the end of a run: the place-date line follows. */
    private static final Pattern MOTTO_END = Pattern.compile("(?<![a-z])hanh\\s+phuc$");
    private static final Pattern SEPARATOR = Pattern.compile("[-_=*~]{3,}");
    private static final Pattern NUMBER_LABEL = Pattern.compile("(?<![a-z])so\\s*[:.]?\\s*\\d");

    private enum Kind { CAPS, MIXED, NEUTRAL, SEPARATOR }

    private record Piece(int start, int end, Kind kind) {}

    private RunTogetherHeader() {}

    /** Whether the line [s, e) is a header run together. */
    static boolean applies(String n, int s, int e) {
        return e - s > LONG_LINE && MOTTO.matcher(n).region(s, Math.min(e, s + MOTTO_WITHIN)).find();
    }

    /** The lines of [s, e), as [start, end) pairs; {@code typeName} finds a heading's type name in folded text. */
    static List<int[]> split(String n, String f, int s, int e, Pattern typeName) {
        int limit = Math.min(e, s + SPLIT_WITHIN);
        // Runs of one case; a number or a dash goes with the run before it.
        List<Run> runs = new ArrayList<>();
        Run cur = null;
        for (Piece p : pieces(n, s, limit)) {
            boolean forced = p.kind == Kind.SEPARATOR || cur != null && (cur.kind == Kind.SEPARATOR
                    || NUMBER_LABEL.matcher(f).region(p.start, limit).lookingAt()
                    || MOTTO_END.matcher(f).region(cur.start, cur.end).find());
            Kind k = p.kind == Kind.NEUTRAL ? (cur == null ? Kind.MIXED : cur.kind) : p.kind;
            if (cur == null || forced || k != cur.kind) {
                cur = new Run(p.start, p.end, k, forced);
                runs.add(cur);
            }
            cur.end = p.end;
            if (p.kind == Kind.CAPS) cur.capsWords++;
        }
        // One word in capitals inside running text ("của UBND tỉnh") is no line of its own.
        List<Run> merged = new ArrayList<>();
        for (Run r : runs) {
            Run last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean join = last != null && !r.forced && (r.kind == Kind.CAPS && r.capsWords < 2 && last.kind == Kind.MIXED
                    || r.kind == Kind.MIXED && last.kind == Kind.MIXED);
            if (join) last.end = r.end;
            else merged.add(r);
        }
        List<int[]> out = new ArrayList<>();
        for (Run r : merged) out.add(new int[] {r.start, r.end});
        if (limit < e) out.add(new int[] {limit, e});
        return headingsApart(out, n, f, typeName);
    }

    private static final class Run {
        final int start;
        int end;
        final Kind kind;
        final boolean forced;
        int capsWords;

        Run(int start, int end, Kind kind, boolean forced) {
            this.start = start;
            this.end = end;
            this.kind = kind;
            this.forced = forced;
        }
    }

    /** "KẾ HOẠCH THỰC HIỆN CÔNG TÁC …": a heading's type name at the start of a line in capitals is a line of its own. */
    private static List<int[]> headingsApart(List<int[]> lines, String n, String f, Pattern typeName) {
        List<int[]> out = new ArrayList<>();
        for (int[] l : lines) {
            Matcher m = typeName.matcher(f).region(l[0], l[1]);
            if (HeaderReader.allCaps(n.substring(l[0], l[1])) && m.lookingAt() && m.end() < l[1]
                    && !Character.isLetter(f.charAt(m.end()))) {
                int rest = m.end();
                while (rest < l[1] && f.charAt(rest) == ' ') rest++;
                out.add(new int[] {l[0], m.end()});
                if (rest < l[1]) out.add(new int[] {rest, l[1]});
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Words and separators, each with its case: a word in capitals (two letters or more, no digit), in mixed case,
     * or neutral (a number, a notation, punctuation). A word in capitals glued to a capitalised one ("ĐỊNHVề") is two.
     */
    private static List<Piece> pieces(String n, int s, int e) {
        List<Piece> out = new ArrayList<>();
        int i = s;
        while (i < e) {
            while (i < e && Character.isWhitespace(n.charAt(i))) i++;
            int ws = i;
            while (i < e && !Character.isWhitespace(n.charAt(i))) i++;
            if (i > ws) word(n, ws, i, out);
        }
        return out;
    }

    private static void word(String n, int s, int e, List<Piece> out) {
        Matcher sep = SEPARATOR.matcher(n).region(s, e);
        if (sep.find()) {
            if (sep.start() > s) word(n, s, sep.start(), out);
            out.add(new Piece(sep.start(), sep.end(), Kind.SEPARATOR));
            if (sep.end() < e) word(n, sep.end(), e, out);
            return;
        }
        // "ĐỊNHVề": capitals, then a capital that starts a word in lower case.
        for (int k = s + 2; k + 1 < e; k++) {
            if (Character.isUpperCase(n.charAt(k)) && Character.isLowerCase(n.charAt(k + 1))
                    && Character.isUpperCase(n.charAt(k - 1)) && Character.isUpperCase(n.charAt(k - 2))) {
                out.add(new Piece(s, k, kind(n, s, k)));
                word(n, k, e, out);
                return;
            }
        }
        out.add(new Piece(s, e, kind(n, s, e)));
    }

    private static Kind kind(String n, int s, int e) {
        int upper = 0, lower = 0;
        for (int i = s; i < e; i++) {
            char c = n.charAt(i);
            if (Character.isDigit(c)) return Kind.NEUTRAL;
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
        }
        if (lower > 0) return Kind.MIXED;
        return upper >= 2 ? Kind.CAPS : Kind.NEUTRAL;
    }
}
