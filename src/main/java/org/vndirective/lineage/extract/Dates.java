package org.vndirective.lineage.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;

/** Dates printed in a text; an impossible one, or one outside the years a directive can have, is a problem. */
record Dates(int minYear, int maxYear) {
    /** "30/03/2007" or "30 tháng 3 năm 2007": groups 1–3 or 4–6 are day, month, year. */
    static final String FORMS =
            "(?:(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})|(\\d{1,2})\\s+th[a-z]ng\\s+(\\d{1,2})\\s+n[a-z]m\\s+(\\d{4}))(?!\\d)";

    static Dates standard() { return new Dates(1930, LocalDate.now().getYear() + 1); }

    /** The date a match of {@link #FORMS} prints, or null (with a problem) when it is impossible or out of range. */
    LocalDate of(Draft draft, int at, Matcher m) {
        int k = m.group(1) != null ? 1 : 4;
        return of(draft, at, Integer.parseInt(m.group(k + 2)), Integer.parseInt(m.group(k + 1)), Integer.parseInt(m.group(k)));
    }

    LocalDate of(Draft draft, int at, int y, int mo, int d) {
        try {
            LocalDate date = LocalDate.of(y, mo, d);
            if (y < minYear || y > maxYear) {
                draft.warn(at, "date %02d/%02d/%d is outside %d–%d; ignored".formatted(d, mo, y, minYear, maxYear));
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            draft.warn(at, "impossible date %d/%d/%d; ignored".formatted(d, mo, y));
            return null;
        }
    }
}
