package org.vndirective.lineage.resolve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndirective.lineage.report.Problem;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.extract.Header;
import org.vndirective.lineage.text.AlignedText;

/**
 * A header's date held to what inline dates are held to: a date that cannot be, or a year outside {@code minYear}
 * to {@code maxYear} (or longer than four digits), is warned with its line and column and not used, so it makes
 * neither an identifier ("…/9999/77") nor an issued date. A date in running text ("Tô Lâm (sinh ngày 10 tháng 7 năm
 * 1957) là …") is no header's either: it is dropped without a word (the text is not at fault).
 */
public final class HeaderDates {
    /** The header reader's date line ("ngày 10 tháng 8 năm 2018"), with the whole year, however long. */
    private static final Pattern DATE = Pattern.compile(
            "(?<![a-z])ng[a-z]?y\\s+(\\d{1,2})\\s+th[a-z]ng\\s+(\\d{1,2})\\s+n[a-z]m\\s+(\\d+)");
    /** The header reader looks for its date in the first 20 non-empty lines. */
    private static final int HEADER_LINES = 20;
    private static final HeaderDates STANDARD = new HeaderDates(1930, LocalDate.now().getYear() + 1);

    private final int minYear;
    private final int maxYear;

    public HeaderDates(int minYear, int maxYear) {
        this.minYear = minYear;
        this.maxYear = maxYear;
    }

    public static HeaderDates standard() { return STANDARD; }

    /** The extraction as it was, or with the header's date dropped and a warning added. */
    public FileExtraction check(FileExtraction x) {
        Header h = x.header();
        AlignedText text = x.text();
        String f = text.folded();
        Matcher m = DATE.matcher(f).region(0, headerEnd(text.text()));
        while (m.find()) {
            if (!opensLine(f, m.start())) continue;
            String d = m.group(1), mo = m.group(2), y = m.group(3);
            LocalDate date = date(y, mo, d);
            if (h.date() != null) {
                // The header's own date: the one the reader took (it reads only the first four digits of a year).
                if (!h.date().equals(date(y.substring(0, Math.min(4, y.length())), mo, d))) continue;
                if (inRunningText(text.text(), m.start(), m.end())) return new FileExtraction(x.text(), dropDate(h),
                        x.mentions(), x.links(), x.problems());
                if (y.length() == 4 && inRange(date)) return x;
                return warn(x, dropDate(h), m.start(), outside(d, mo, y));
            }
            // The reader takes the first possible date line; one that cannot be is passed over without a word.
            if (date == null) return warn(x, h, m.start(), "impossible header date %s/%s/%s; not used".formatted(d, mo, y));
            return x;
        }
        if (h.date() != null && !inRange(h.date())) {
            String when = "%02d/%02d/%d".formatted(h.date().getDayOfMonth(), h.date().getMonthValue(), h.date().getYear());
            return warn(x, dropDate(h), -1, "header date %s is outside %d–%d; not used".formatted(when, minYear, maxYear));
        }
        return x;
    }

    /** Words a place-date line may have in lower case: "Thành phố Huế, ngày …". */
    private static final Pattern PLACE_WORD = Pattern.compile("phố|tỉnh|huyện|quận|thị|xã|trấn|phường");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * Whether a date phrase is running text rather than a place-date line: the line goes on in lower case after the
     * year (", UBND tỉnh … ban hành"), or a word before it is in lower case ("sinh", "có hiệu lực từ"), where a place
     * name is capitalised ("Lâm Đồng, ngày"). A number before it ("Số: 25/2025/NĐ-CP | Hà Nội, ngày") is the header's.
     */
    static boolean inRunningText(String n, int start, int end) {
        int ls = n.lastIndexOf('\n', start - 1) + 1, le = n.indexOf('\n', end);
        String after = n.substring(end, le < 0 ? n.length() : le);
        for (int i = 0; i < after.length(); i++) if (Character.isLowerCase(after.charAt(i))) return true;
        Matcher w = WORD.matcher(n.substring(ls, start));
        while (w.find()) {
            String word = w.group();
            if (Character.isLowerCase(word.charAt(0)) && !PLACE_WORD.matcher(word).matches() && word.chars().noneMatch(Character::isDigit)) return true;
        }
        return false;
    }

    private boolean inRange(LocalDate date) { return date.getYear() >= minYear && date.getYear() <= maxYear; }

    /**
     * Whether a date phrase opens its line, as the header reader wants it: at most 60 characters (a place name,
     * "Lâm Đồng,") before it. A date inside running text ("… đến hết ngày 29 tháng 12 năm 2059") is no header's.
     */
    private static boolean opensLine(String f, int at) {
        int s = f.lastIndexOf('\n', at - 1) + 1;
        while (s < at && Character.isWhitespace(f.charAt(s))) s++;
        return at - s <= 64;
    }

    private String outside(String d, String mo, String y) {
        return "header date %s/%s/%s is outside %d–%d; not used".formatted(d, mo, y, minYear, maxYear);
    }

    /** {@code at}: where in the normalised text, or -1 for the file as a whole. */
    private static FileExtraction warn(FileExtraction x, Header h, int at, String message) {
        int[] lc = at < 0 ? new int[] {0, 0} : x.text().lineColumn(x.text().originalStart(at));
        List<Problem> problems = new ArrayList<>(x.problems());
        // The same place may already be warned of as an inline date.
        if (at < 0 || problems.stream().noneMatch(p -> p.line() == lc[0] && p.column() == lc[1])) {
            problems.add(new Problem(x.fileName(), lc[0], lc[1], Problem.Severity.WARNING, message));
        }
        return new FileExtraction(x.text(), h, x.mentions(), x.links(), problems);
    }

    private static Header dropDate(Header h) {
        return new Header(h.self(), h.typeClass(), null, h.place(), h.title(), h.titleStart(), h.titleEnd(), h.organLines(),
                h.closingBody(), h.onBehalfOf(), h.signerRole(), h.signer(), h.recipients(), h.bodyStart());
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Where the first {@link #HEADER_LINES} non-empty lines end. */
    private static int headerEnd(String n) {
        int s = 0, lines = 0;
        while (s < n.length() && lines < HEADER_LINES) {
            int e = n.indexOf('\n', s);
            if (e < 0) return n.length();
            if (!n.substring(s, e).isBlank()) lines++;
            s = e + 1;
        }
        return Math.min(s, n.length());
    }
}
