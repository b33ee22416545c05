package org.vndirective.lineage.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "… Quy định số 377-QĐ/TW (sau đây gọi tắt là Quy định 377)": every later use of the alias is a mention. */
final class AliasFinder implements KindFinder {
    private static final Pattern ALIAS = Pattern.compile(
            "\\G\\s*,?\\s*\\(\\s*(?:sau\\s+day\\s+)?(?:duoc\\s+)?(?:goi\\s+)?(?:tat\\s+)?(?:la\\s*)?:?\\s*[\"“]?([^)\"”]{2,60}?)[\"”]?\\s*\\)");
    private static final Pattern ALIAS_INTRO = Pattern.compile("sau\\s+day|goi\\s+tat");

    @Override
    public void find(Draft d) {
        String f = d.folded;
        List<Mention> added = new ArrayList<>();
        Spans taken = Spans.of(d.mentions());
        Spans aliasTaken = Spans.of(added);
        for (Mention src : List.copyOf(d.mentions())) {
            Matcher a = ALIAS.matcher(f);
            a.region(src.tailEnd(), f.length());
            a.useTransparentBounds(true);
            if (!a.lookingAt() || !ALIAS_INTRO.matcher(f.substring(a.start(), a.start(1))).find()) continue;
            String alias = f.substring(a.start(1), a.end(1)).strip();
            if (alias.length() < 3) continue;
            Pattern use = Pattern.compile("(?<![\\w])" + Pattern.quote(alias).replace(" ", "\\E\\s+\\Q") + "(?![\\w])");
            Matcher u = use.matcher(f);
            u.region(a.end(), f.length());
            while (u.find()) {
                if (taken.overlaps(u.start(), u.end()) || aliasTaken.overlaps(u.start(), u.end())) continue;
                added.add(new AliasMention(Span.of(u.start(), u.end()), d.newGroup(), alias, src));
            }
        }
        d.addAll(added);
    }
}
