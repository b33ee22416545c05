package org.vndirective.lineage.duty;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndirective.lineage.text.Spaces;

/** Deadlines in the folded text of a duty (or a table's deadline cell): every form {@link Deadline} has. */
final class Deadlines {
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String DATE = "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*" + YEAR
            + "|ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+" + YEAR;
    private static final Pattern ANY_DATE = Pattern.compile("(?<![\\d/])(?:" + DATE + ")");
    private static final Pattern BY_DATE = Pattern.compile("(?:truoc|cham\\s+nhat(?:\\s+la)?|den\\s+het|han\\s+chot|xong\\s+truoc"
            + "|hoan\\s+thanh(?:\\s+truoc)?|trong)\\s*(?:ngay\\s*)?(?:" + DATE + ")");
    private static final Pattern DAYS_A_YEAR = Pattern.compile("truoc\\s+(?:cac\\s+)?ngay\\s+((?:\\d{1,2}\\s*/\\s*\\d{1,2}(?!\\s*/\\s*\\d)"
            + "(?:\\s*(?:,|va)\\s*(?:ngay\\s+)?)?)+)\\s*(?:hang|moi|cua\\s+moi)\\s+nam");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})");
    private static final Pattern EVERY_N_MONTHS = Pattern.compile("\\b(?:dinh\\s+ky\\s+(\\d{1,2}|mot|hai|ba|sau)\\s+thang|(\\d{1,2})\\s+thang\\s+(?:mot|1)\\s+lan)\\b");
    private static final Pattern EVERY = Pattern.compile("\\b(?:hang|moi)\\s+(nam|quy|thang)\\b|\\bdinh\\s+ky\\s+(nam|quy|thang)\\b");
    private static final Pattern QUARTER = Pattern.compile("\\bquy\\s+(iv|i{1,3}|[1-4])\\s*(?:nam\\s+|/\\s*)" + YEAR);
    private static final Pattern HALF = Pattern.compile("\\b6\\s+thang\\s+(dau|cuoi)\\s+nam\\s+" + YEAR);
    private static final String MONTH_YEAR = "thang\\s+(\\d{1,2})\\s*(?:nam\\s+|/\\s*)" + YEAR;
    private static final Pattern MONTH = Pattern.compile("(?:trong|truoc|hoan\\s+thanh(?:\\s+trong)?|cuoi|den\\s+het|xong\\s+trong)\\s+" + MONTH_YEAR);
    private static final Pattern MONTH_CELL = Pattern.compile("^\\s*(?:trong\\s+)?" + MONTH_YEAR);
    private static final Pattern YEAR_IN = Pattern.compile("(?:trong|hoan\\s+thanh(?:\\s+trong)?|cuoi|den\\s+het|xong\\s+trong)\\s+nam\\s+" + YEAR + "\\b(?!\\s*[-–]\\s*\\d)");
    private static final Pattern YEAR_CELL = Pattern.compile("^\\s*(?:trong\\s+)?(?:nam\\s+)?" + YEAR + "\\s*$");

    private Deadlines() {}

    /**
     * The deadline in {@code [from, to)} of the text ({@code f} its folding), or null. In a table's cell
     * ({@code cell}) a bare date, month or year is the deadline; in running text it takes a word that says so
     * ("trước", "trong", "hoàn thành"), so the dates of the documents a sentence cites are not taken for one.
     */
    static Deadline in(String text, String f, int from, int to, boolean cell) {
        String u = f.substring(from, to);
        // A recurrence first: "định kỳ 6 tháng … trước ngày 15/6 và 15/12 hằng năm" is one deadline, not a date.
        List<MonthDay> days = new ArrayList<>();
        int rs = -1, re = -1;
        Matcher d = DAYS_A_YEAR.matcher(u);
        if (d.find()) {
            Matcher dm = DAY_MONTH.matcher(d.group(1));
            while (dm.find()) {
                try {
                    days.add(MonthDay.of(Integer.parseInt(dm.group(2)), Integer.parseInt(dm.group(1))));
                } catch (DateTimeException e) {
                    // 31/2: not a day
                }
            }
            rs = d.start();
            re = d.end();
        }
        int months = 0;
        Matcher n = EVERY_N_MONTHS.matcher(u);
        if (n.find()) {
            months = number(n.group(1) != null ? n.group(1) : n.group(2));
            if (rs < 0 || n.start() < rs) rs = n.start();
            re = Math.max(re, n.end());
        } else {
            Matcher e = EVERY.matcher(u);
            if (e.find()) {
                String unit = e.group(1) != null ? e.group(1) : e.group(2);
                months = unit.equals("nam") ? 12 : unit.equals("quy") ? 3 : 1;
                if (!days.isEmpty()) months = Math.min(months, 12 / days.size());
                if (rs < 0 || e.start() < rs) rs = e.start();
                re = Math.max(re, e.end());
            }
        }
        if (months == 0 && !days.isEmpty()) months = 12 / days.size();
        if (months > 0) return Deadline.every(printed(text, from + rs, from + re), months, days);

        Matcher m = (cell ? ANY_DATE : BY_DATE).matcher(u);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 4;
            LocalDate date = date(m.group(g + 2), m.group(g + 1), m.group(g));
            if (date != null) return Deadline.on(printed(text, from + m.start(), from + m.end()), date);
        }
        Matcher q = QUARTER.matcher(u);
        if (q.find()) {
            int k = quarter(q.group(1));
            int y = Integer.parseInt(q.group(2));
            LocalDate start = LocalDate.of(y, 3 * k - 2, 1);
            return Deadline.within(printed(text, from + q.start(), from + q.end()), y + "-Q" + k, start, start.plusMonths(3).minusDays(1));
        }
        Matcher h = HALF.matcher(u);
        if (h.find()) {
            int y = Integer.parseInt(h.group(2));
            boolean first = h.group(1).equals("dau");
            LocalDate start = LocalDate.of(y, first ? 1 : 7, 1);
            return Deadline.within(printed(text, from + h.start(), from + h.end()), y + (first ? "-H1" : "-H2"), start, start.plusMonths(6).minusDays(1));
        }
        Matcher mo = (cell ? MONTH_CELL : MONTH).matcher(u);
        if (mo.find()) {
            int month = Integer.parseInt(mo.group(1));
            if (month >= 1 && month <= 12) {
                YearMonth ym = YearMonth.of(Integer.parseInt(mo.group(2)), month);
                return Deadline.within(printed(text, from + mo.start(), from + mo.end()), ym.toString(), ym.atDay(1), ym.atEndOfMonth());
            }
        }
        Matcher y = (cell ? YEAR_CELL : YEAR_IN).matcher(u);
        if (y.find()) {
            int year = Integer.parseInt(y.group(1));
            return Deadline.within(printed(text, from + y.start(), from + y.end()), String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return null;
    }

    private static String printed(String text, int s, int e) { return Spaces.collapse(text.substring(s, e)).strip(); }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(String s) {
        return switch (s) { case "mot" -> 1; case "hai" -> 2; case "ba" -> 3; case "sau" -> 6; default -> Integer.parseInt(s); };
    }

    private static int quarter(String s) {
        return switch (s) { case "i", "1" -> 1; case "ii", "2" -> 2; case "iii", "3" -> 3; default -> 4; };
    }
}
