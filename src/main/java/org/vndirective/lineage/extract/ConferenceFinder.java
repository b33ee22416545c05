package org.vndirective.lineage.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndirective.lineage.text.Spaces;

/**
 * A central resolution or conclusion named by its plenum and term: "Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết
 * Hội nghị Trung ương lần thứ 8 khóa XIII", and the formal order "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung
 * ương Đảng khóa XII", whose plenum may be a word.
 */
final class ConferenceFinder implements KindFinder {
    // Both patterns want the type word and what follows it on one line ("[ \t]+"): "NGHỊ QUYẾT⏎HỘI NGHỊ LẦN THỨ NĂM …"
    // is a heading and its title, the file's own name, not a citation (the normaliser has already joined wrapped lines).
    private static final String TRUNG_UONG = "trung\\s+(?:uong|wong|vong|uwong|ong|uo?ng)";
    static final Pattern NAMED_CONFERENCE = Pattern.compile(
            "(ngh[ij]\\s*quy[eé]?t|k[eé]t\\s+lu[a-z]?n)[ \\t]+(?:(?:cua\\s+)?hoi\\s+ngh[ij]\\s+)?(?:ban\\s+chap\\s+hanh\\s+)?"
                    + TRUNG_UONG + "(?:\\s+dang)?\\s+(?:lan\\s+thu\\s+)?(\\d{1,2})\\s*(?:\\(\\s*|,\\s*)?kh[oe]a\\s+" + Tail.TERMS + "\\s*\\)?");

    private static final java.util.List<String> ORDINALS = java.util.List.of("nhat", "hai", "ba", "tu", "nam", "sau", "bay",
            "tam", "chin", "muoi", "muoi mot", "muoi hai", "muoi ba", "muoi bon", "muoi lam", "muoi sau");
    /** The plenum before the committee: "Hội nghị lần thứ 4 (tư) Ban Chấp hành Trung ương (TW) Đảng khóa XII". */
    static final Pattern PLENUM_FIRST = Pattern.compile(
            "(ngh[ij]\\s*quy[eé]?t|k[eé]t\\s+lu[a-z]?n)[ \\t]+(?:cua\\s+)?hoi\\s+ngh[ij]\\s+lan\\s+thu\\s+(\\d{1,2}|muoi(?:\\s+(?:mot|hai|ba|bon|lam|sau))?|nhat|hai|ba|tu|nam|sau|bay|tam|chin)"
                    + "\\s+(?:cua\\s+)?(?:ban\\s+chap\\s+hanh\\s+)?(?:" + TRUNG_UONG + "|tw)(?:\\s+dang)?(?:\\s+cong\\s+san\\s+viet\\s+nam)?"
                    + "\\s*(?:\\(\\s*|,\\s*)?kh[oe]a\\s+" + Tail.TERMS + "\\s*\\)?");

    private final Dates dates;

    ConferenceFinder(Dates dates) { this.dates = dates; }

    @Override
    public void find(Draft d) {
        Spans taken = Spans.of(d.mentions());
        find(d, NAMED_CONFERENCE.matcher(d.folded), Triggers.starts(d.folded, "trung", 60), taken);
        find(d, PLENUM_FIRST.matcher(d.folded), Triggers.starts(d.folded, "hoi ngh", 16), taken);
    }

    private void find(Draft d, Matcher m, java.util.List<Integer> starts, Spans taken) {
        String f = d.folded;
        for (int at : starts) {
            if (!m.region(at, f.length()).lookingAt()) continue;
            if (!Words.wordBoundary(f, m.start()) || taken.overlaps(m.start(), m.end())) continue;
            String typeClass = m.group(1).startsWith("ngh") ? "Resolution" : "Conclusion";
            String plenum = Spaces.collapse(m.group(2));
            int conference = Character.isDigit(plenum.charAt(0)) ? Integer.parseInt(plenum) : ORDINALS.indexOf(plenum) + 1;
            // The tail is read for its end (and the problems of a bad date in it); the plenum and term name the document.
            Tail tail = Tail.parse(d, m.end(), dates);
            int end = m.end();
            while (end > m.start() && Character.isWhitespace(f.charAt(end - 1))) end--;
            int g = d.newGroup();
            for (String term : Tail.splitTerms(m.group(3))) {
                String label = (typeClass.equals("Resolution") ? "Nghị quyết" : "Kết luận Hội nghị") + " Trung ương "
                        + conference + " (khóa " + term + ")";
                d.add(new ConferenceMention(new Span(m.start(), end, m.start(), tail.end()), g, typeClass, conference, term, label));
            }
        }
    }
}
