package org.vndirective.lineage.duty;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * By when: a date ("trước ngày 30/6/2025"), a period ("trong quý III năm 2025": {@code from}–{@code until}, named
 * {@code period} as 2025-Q3, 2025-H1, 2025-09 or 2025), or a recurrence ("định kỳ 6 tháng", "trước ngày 15/6 và 15/12
 * hằng năm": every {@code everyMonths} months, on {@code days}).
 */
public record Deadline(Form form, String printed, LocalDate date, String period, LocalDate from, LocalDate until,
                       int everyMonths, List<MonthDay> days) {
    public enum Form { DATE, PERIOD, RECURRENCE }

    public Deadline {
        days = List.copyOf(days);
    }

    static Deadline on(String printed, LocalDate date) { return new Deadline(Form.DATE, printed, date, null, null, null, 0, List.of()); }

    static Deadline within(String printed, String period, LocalDate from, LocalDate until) {
        return new Deadline(Form.PERIOD, printed, null, period, from, until, 0, List.of());
    }

    static Deadline every(String printed, int months, List<MonthDay> days) {
        return new Deadline(Form.RECURRENCE, printed, null, null, null, null, months, days);
    }

    /** The last day of a one-off deadline; null for a recurrence. */
    public LocalDate dueBy() {
        return switch (form) { case DATE -> date; case PERIOD -> until; case RECURRENCE -> null; };
    }

    /** "by 2025-06-30", "in 2025-Q3 to 2025-09-30", "every 6 months on --06-15 --12-15". */
    public String describe() {
        return switch (form) {
            case DATE -> "by " + date;
            case PERIOD -> "in " + period + " to " + until;
            case RECURRENCE -> "every " + everyMonths + " months"
                    + (days.isEmpty() ? "" : " on " + String.join(" ", days.stream().map(MonthDay::toString).toList()));
        };
    }
}
