package org.vndirective.lineage.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * "Kết luận 18", "Nghị quyết số 22": a type word and a bare number, where the file cites a document of that type and
 * number in full ("Kết luận số 18-KL/TW, ngày 22/9/2017"). Only such numbers are looked for; which document the short
 * form stands for is decided in {@code resolve}.
 */
final class ShortFormFinder implements KindFinder {
    private final DocTypes types;

    ShortFormFinder(DocTypes types) { this.types = types; }

    @Override
    public void find(Draft d) {
        String f = d.folded;
        // number → the types it is cited in full with (by a word, not only a code)
        Map<String, Set<String>> cited = new HashMap<>();
        for (Mention m : d.mentions()) {
            if (m instanceof NotationMention n && n.typeFromWord()) {
                cited.computeIfAbsent(n.notation().bareNumber(), k -> new HashSet<>()).add(n.typeClass());
            }
        }
        if (cited.isEmpty()) return;
        List<Mention> added = new ArrayList<>();
        Spans citedSpans = Spans.withLeadAndTail(d.mentions());
        Spans shortTaken = Spans.of(added);
        for (int[] run : numberRuns(f, cited.keySet())) {
            int at = run[0], end = run[1];
            if (end < f.length() && (Character.isLetterOrDigit(f.charAt(end)) || "-/".indexOf(f.charAt(end)) >= 0)) continue;
            if (end + 2 < f.length() && f.charAt(end) == ',' && Character.isDigit(f.charAt(end + 2))) continue;
            if (citedSpans.overlaps(at, end) || shortTaken.overlaps(at, end)) continue;
            int lead = at;
            Matcher mk = NotationFinder.NUMBER_MARKER_END.matcher(f).region(Math.max(0, at - 8), at);
            mk.useTransparentBounds(true);
            if (mk.find()) lead = mk.start();
            Matcher tn = types.nameEnding(f, Math.max(0, lead - 40), lead);
            if (tn == null) continue;
            String number = f.substring(at, end);
            String typeClass = types.typeOf(tn).className();
            if (!cited.get(number).contains(typeClass)) continue;
            added.add(new ShortMention(new Span(at, end, tn.start(), end), d.newGroup(), typeClass, number));
        }
        d.addAll(added);
    }

    /** Each wanted number standing alone as a digit run (not glued to a word, a date or a code), leading zeros left out. */
    private static List<int[]> numberRuns(String f, Set<String> wanted) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < f.length(); ) {
            if (!Words.asciiDigit(f.charAt(i))) { i++; continue; }
            int e = i;
            while (e < f.length() && Words.asciiDigit(f.charAt(e))) e++;
            int s = i;
            while (s < e - 1 && f.charAt(s) == '0') s++;
            if (Words.numberBoundary(f, i) && wanted.contains(f.substring(s, e))) out.add(new int[] {s, e});
            i = e;
        }
        return out;
    }
}
