package org.vndirective.lineage.text;

/**
 * A step that looks at one char at a time: a cheap trigger picks the chars worth a look, and the rule returns the
 * replacement, or null to keep the char.
 */
final class CharStep implements NormalizationStep {
    interface Trigger { boolean test(char c); }

    interface Rule { String replace(char[] text, int i); }

    private final String name;
    /** The trigger, tabulated: one array load per char instead of a call through an interface. */
    private final boolean[] triggered = new boolean[Character.MAX_VALUE + 1];
    private final Rule rule;

    private CharStep(String name, Trigger trigger, Rule rule) {
        this.name = name;
        for (int c = 0; c <= Character.MAX_VALUE; c++) triggered[c] = trigger.test((char) c);
        this.rule = rule;
    }

    static CharStep of(String name, Trigger trigger, Rule rule) { return new CharStep(name, trigger, rule); }

    @Override public String name() { return name; }

    @Override public AlignedText apply(AlignedText in) {
        char[] t = in.chars();
        AlignedText.Editor ed = null;
        for (int i = 0; i < t.length; i++) {
            if (!triggered[t[i]]) continue;
            String r = rule.replace(t, i);
            if (r == null) continue;
            if (ed == null) ed = in.edit();
            ed.copyTo(i);
            if (r.isEmpty()) ed.deleteTo(i + 1); else ed.replaceTo(i + 1, r);
        }
        return ed == null ? in : ed.build();
    }
}
