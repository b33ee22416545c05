package org.vndirective.lineage.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndirective.lineage.report.Problem;
import org.vndirective.lineage.text.AlignedText;

/**
 * Every mention of a document in a normalised text, one {@link KindFinder} per kind, in this order: notations,
 * conference names, named documents, laws by name, aliases, short forms (the last two read what the first found).
 * Patterns run over the folded view, so OCR text without diacritics is read like clean text. Thread-safe.
 */
public final class MentionFinder {
    /** Something after "số" that tries to be a notation but is not one: "59-KH/", "-KH/TU", "59-/TU". */
    private static final Pattern MALFORMED = Pattern.compile(
            "so\\s*[:.]?\\s*((?:\\d{1,5})?-[a-z&]{0,6}/[a-z0-9]{0,12}|\\d{1,5}/-?[a-z]{0,6}-(?![a-z0-9]))(?![\\w/])");
    private static final Pattern OPENING_DATE = Pattern.compile("(?:^|\\n|\\.\\s)\\s*ngay\\s+" + Dates.FORMS + "\\s*,");
    private static final Pattern OPENING_ISSUED = Pattern.compile("(?<![a-z])(?:ban\\s+hanh|ky|co|tai)(?![a-z])");
    private static final int OPENING_DATE_REACH = 200;
    private static final Pattern CLAUSE_DATE = Pattern.compile("ngay\\s+" + Dates.FORMS + "\\s*,?");
    /** The verb right before the document a dated clause tells of: "… có Hướng dẫn số …", "… đã ký Quyết định …". */
    private static final Pattern OF_BODY = Pattern.compile("\\s*c(?:u|ii|ti|t|l|tu|li|i)a\\s");
    private static final Pattern ISSUED_JUST_BEFORE = Pattern.compile("(?<![a-z])(?:ban\\s+hanh|co|ky)\\s*$");

    private final List<KindFinder> finders;
    private final Dates dates;

    private MentionFinder(List<KindFinder> finders, Dates dates) {
        this.finders = List.copyOf(finders);
        this.dates = dates;
    }

    public static MentionFinder standard() { return STANDARD; }

    private static final MentionFinder STANDARD = standard(DocTypes.standard(), Dates.standard());

    private static MentionFinder standard(DocTypes types, Dates dates) {
        return new MentionFinder(List.of(new NotationFinder(types, dates), new ConferenceFinder(dates),
                NamedFinder.standard(), new LawNameFinder(), new AliasFinder(), new ShortFormFinder(types)), dates);
    }

    /** Mentions in text order, and problems met on the way (impossible dates, malformed notations, …). */
    public record Result(List<Mention> mentions, List<Problem> problems) {
        public Result {
            mentions = List.copyOf(mentions);
            problems = List.copyOf(problems);
        }
    }

    public Result find(AlignedText text) {
        Draft d = new Draft(text);
        for (KindFinder k : finders) k.find(d);
        d.sort();
        datedByOpening(d);
        datedByClause(d);
        reportMalformed(d);
        return new Result(d.mentions(), d.problems());
    }

    /**
     * News: "Ngày 26/11/2025, Ban Chấp hành Trung ương đã ban hành Kết luận 219-KL/TW …". A sentence that opens with
     * a date and tells of a document being issued dates the first document it names.
     */
    private void datedByOpening(Draft draft) {
        String f = draft.folded;
        List<Mention> found = draft.mentions();
        if (found.isEmpty()) return;
        Matcher d = OPENING_DATE.matcher(f).useAnchoringBounds(false).useTransparentBounds(true);
        int k = 0, lastEnd = 0;
        for (int at = f.indexOf("ngay"); at >= 0; at = f.indexOf("ngay", at + 1)) {
            if (at < lastEnd || !openingAt(d, f.length(), at, lastEnd)) continue;
            lastEnd = d.end();
            while (k < found.size() && found.get(k).start() < d.end()) k++;
            if (k == found.size()) return;
            if (!(found.get(k) instanceof NotationMention m) || m.date() != null || m.leadStart() - d.end() > OPENING_DATE_REACH) continue;
            String between = f.substring(d.end(), m.leadStart());
            if (between.contains(". ") || !OPENING_ISSUED.matcher(between).find()) continue;
            LocalDate date = dates.of(draft, d.start(), d);
            if (date != null) draft.set(k, m.withDate(date));
        }
    }

    /**
     * News: "Thực hiện Chỉ thị …, ngày 05/8/2024 Ban Tuyên giáo Tỉnh ủy có Hướng dẫn số 118-HD/BTGTU …". A clause
     * after a comma that opens with a date, then a body (not "của …") and the verb of issuing, dates the document
     * right after the verb; a mention before the comma that read the date as its own gives it up.
     */
    private void datedByClause(Draft draft) {
        String f = draft.folded;
        List<Mention> found = draft.mentions();
        Matcher d = CLAUSE_DATE.matcher(f);
        int k = 0;
        for (int at = f.indexOf("ngay"); at >= 0 && k < found.size(); at = f.indexOf("ngay", at + 1)) {
            while (k < found.size() && found.get(k).start() < at) k++;
            int before = at;
            while (before > 0 && f.charAt(before - 1) == ' ') before--;
            if (before == 0 || ",;".indexOf(f.charAt(before - 1)) < 0 || !d.region(at, f.length()).lookingAt() || k == found.size()) continue;
            if (!(found.get(k) instanceof NotationMention m) || m.date() != null || m.leadStart() - d.end() > OPENING_DATE_REACH) continue;
            String between = f.substring(d.end(), m.leadStart());
            if (between.contains(". ") || between.contains(",") || OF_BODY.matcher(between).lookingAt()
                    || !ISSUED_JUST_BEFORE.matcher(between).find()) continue;
            LocalDate date = dates.of(draft, d.start(), d);
            if (date == null) continue;
            draft.set(k, m.withDate(date));
            if (k > 0 && found.get(k - 1) instanceof NotationMention p && p.tailEnd() > at && date.equals(p.date())) {
                draft.set(k - 1, p.withDate(null));
            }
        }
    }

    /**
     * Whether an opening date starts just before the "ngay" at {@code at}: the text is normalised, so the line break
     * or ". " in front is at most three chars back. (Its {@code find} would try every char of the file.)
     */
    private static boolean openingAt(Matcher d, int length, int at, int notBefore) {
        for (int s = Math.max(notBefore, at - 3); s <= at; s++) {
            if (d.region(s, length).lookingAt()) return true;
        }
        return false;
    }

    private static void reportMalformed(Draft d) {
        String f = d.folded;
        Spans all = Spans.of(d.mentions());
        Matcher bad = MALFORMED.matcher(f);
        Matcher party = NotationFinder.PARTY.matcher(f);
        for (int at = f.indexOf("so"); at >= 0; at = f.indexOf("so", at + 1)) {
            if (!bad.region(at, f.length()).lookingAt()) continue;
            if (!Words.wordBoundary(f, bad.start()) || all.overlaps(bad.start(1), bad.end(1))) continue;
            // Well formed but not taken ("Mẫu số 02-KH/TU" is a form's number): nothing to report.
            if (party.region(bad.start(1), f.length()).lookingAt()) continue;
            d.warn(bad.start(1), "malformed notation \"%s\" (expected number-TYPE/ISSUER or number/TYPE-ISSUER); not used"
                    .formatted(d.normalised.substring(bad.start(1), bad.end(1))));
        }
    }
}
