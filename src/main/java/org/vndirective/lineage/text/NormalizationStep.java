package org.vndirective.lineage.text;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One rewrite of an aligned text; steps compose in a {@link TextNormalizer}. */
public interface NormalizationStep {
    String name();

    AlignedText apply(AlignedText in);

    /** A step that replaces every match of a pattern; the replacement sees the match. */
    static NormalizationStep regex(String name, Pattern pattern, Function<Matcher, String> replacement) {
        return new NormalizationStep() {
            @Override public String name() { return name; }

            @Override public AlignedText apply(AlignedText in) {
                Matcher m = pattern.matcher(in.text());
                if (!m.find()) return in;
                AlignedText.Editor ed = in.edit();
                do {
                    ed.copyTo(m.start());
                    String r = replacement.apply(m);
                    if (r.isEmpty()) ed.deleteTo(m.end()); else ed.replaceTo(m.end(), r);
                } while (m.find());
                return ed.build();
            }

            @Override public String toString() { return name; }
        };
    }

    /**
     * A step run only on texts that pass a cheap test, e.g. one that holds a literal every match must contain: a
     * regex that can match nowhere still tries at every position.
     */
    static NormalizationStep when(java.util.function.Predicate<String> worthTrying, NormalizationStep step) {
        return new NormalizationStep() {
            @Override public String name() { return step.name(); }

            @Override public AlignedText apply(AlignedText in) { return worthTrying.test(in.text()) ? step.apply(in) : in; }

            @Override public String toString() { return step.name(); }
        };
    }

    /** A step that deletes every match. */
    static NormalizationStep delete(String name, Pattern pattern) {
        return regex(name, pattern, m -> "");
    }
}
