package org.vndirective.lineage.text;

/** A step that looks at one char at a time: the rule returns its replacement, or null to keep it. */
final class CharStep implements NormalizationStep {
    interface Rule { String replace(String text, int i); }

    private final String name;
    private final Rule rule;

    private CharStep(String name, Rule rule) { this.name = name; this.rule = rule; }

    static CharStep of(String name, Rule rule) { return new CharStep(name, rule); }

    @Override public String name() { return name; }

    @Override public AlignedText apply(AlignedText in) {
        String t = in.text();
        AlignedText.Editor ed = null;
        for (int i = 0; i < t.length(); i++) {
            String r = rule.replace(t, i);
            if (r == null) continue;
            if (ed == null) ed = in.edit();
            ed.copyTo(i);
            if (r.isEmpty()) ed.deleteTo(i + 1); else ed.replaceTo(i + 1, r);
        }
        return ed == null ? in : ed.build();
    }
}
