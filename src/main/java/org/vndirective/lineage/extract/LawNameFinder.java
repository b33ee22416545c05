package org.vndirective.lineage.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndirective.lineage.text.Spaces;

/** "Luật Lưu trữ", "Bộ luật Lao động", "Pháp lệnh …": a law or ordinance cited by its name, with no number after it. */
public final class LawNameFinder implements KindFinder {
    private static final String LAW_NAME_STOP = "(?:số|năm|ngày|của|đã|và|được|hiện|về|thì|là|tại|theo(?!\\s+phương\\s+thức)|quy(?=\\s+định)|hướng|sửa|nhằm|để|mà|khi|trong)(?!\\p{L})";
    /** Where a name ends: before a stop word, a comma and a stop word, a comma and a capital, punctuation, the end. */
    private static final String NAME_END = "(?=\\s+" + LAW_NAME_STOP + "|\\s*,\\s*" + LAW_NAME_STOP + "|\\s*,(?!\\s*\\p{Ll})|\\s*[;.:)(]|\\s*$)";
    private static final String NAME_WORDS = "(?:(?:\\s+|,\\s+(?=\\p{Ll}))(?!" + LAW_NAME_STOP + ")\\p{L}+)";
    /** Words after "và" that start a new phrase, not the last item of a name ("… và các văn bản hướng dẫn"). */
    private static final String AFTER_AND_STOP = "(?:các|những|một|mọi|văn|quy|hướng|nghị|thông|điều|khoản|luật|pháp|tổ|thi|triển|thực|bảo|đảm|được|đã|sẽ|chính|cơ)(?!\\p{L})";
    /**
     * A law's name starts with a capital and ends before "số", a date, a verb or punctuation; a comma before a lower-case
     * word goes on with the name ("Luật Phòng, chống tham nhũng", "Luật Trật tự, an toàn giao thông đường bộ").
     * It runs on the normalised text: the capitals matter.
     */
    static final Pattern NAMED_LAW = Pattern.compile(
            "(Bộ [Ll]uật|[Ll]uật|Pháp lệnh)\\s+(\\p{Lu}\\p{L}*" + NAME_WORDS + "{0,9}?)(?:\\s+năm\\s+\\d{4})?" + NAME_END);
    /**
     * A name that lists ("Khoa học, công nghệ") may end its list with "và": "Luật Khoa học, công nghệ và đổi mới sáng
     * tạo", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024".
     */
    private static final Pattern LISTS = Pattern.compile(",\\s+\\p{Ll}");
    private static final Pattern LAST_ITEM = Pattern.compile(
            "\\s+và\\s+(?!" + AFTER_AND_STOP + ")(\\p{Ll}\\p{L}*" + NAME_WORDS + "{0,6}?)(?:\\s+(?:năm\\s+)?\\d{4})?" + NAME_END);

    /**
     * The slug of the law's name a numbered law prints in its lead ("Luật Thủy lợi số 08/2017/QH14" → that of "Luật
     * Thủy lợi"), so that the name cited alone elsewhere in the file is that law; null when the lead names none.
     */
    public static String slugInLead(String normalised, NotationMention m) {
        Matcher x = NAMED_LAW.matcher(normalised).region(m.leadStart(), m.start());
        if (!x.lookingAt()) return null;
        String kind = x.group(1);
        return Slugs.slug(kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1) + " " + Spaces.collapse(x.group(2)).strip());
    }

    @Override
    public void find(Draft d) {
        String n = d.normalised, f = d.folded;
        Matcher m = NAMED_LAW.matcher(n);
        List<Integer> starts = new ArrayList<>();
        for (int at = f.indexOf("luat"); at >= 0; at = f.indexOf("luat", at + 1)) { if (at >= 3) starts.add(at - 3); starts.add(at); }
        for (int at = f.indexOf("phap lenh"); at >= 0; at = f.indexOf("phap lenh", at + 1)) starts.add(at);
        int lastEnd = -1;
        Spans lawTaken = Spans.withLead(d.mentions());
        for (int at : starts) {
            if (at < lastEnd || !m.region(at, n.length()).lookingAt()) continue;
            lastEnd = m.end();
            final int s0 = m.start(), e0 = m.end();
            if (s0 > 0 && Character.isLetter(n.charAt(s0 - 1))) continue;
            // "pháp luật Việt Nam" is the law in general, "Dân Luật Việt Nam" a website: no law has that name.
            if (s0 >= 5 && f.startsWith("phap ", s0 - 5) || m.group(2).startsWith("Việt Nam")) continue;
            if (lawTaken.overlaps(s0, e0)) continue;
            String kind = m.group(1);
            String name = Spaces.collapse(m.group(2)).strip();
            int end = e0;
            Matcher last = LAST_ITEM.matcher(n).region(e0, n.length());
            if (LISTS.matcher(name).find() && e0 == m.end(2) && last.lookingAt()) {
                name = name + " và " + Spaces.collapse(last.group(1)).strip();
                end = last.end();
                lastEnd = end;
            }
            String label = (kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1)) + " " + name;
            d.add(new NamedMention(Span.of(s0, end), d.newGroup(),
                    kind.toLowerCase(Locale.ROOT).startsWith("pháp") ? "Ordinance" : "Law", Slugs.slug(label), label));
        }
    }
}
