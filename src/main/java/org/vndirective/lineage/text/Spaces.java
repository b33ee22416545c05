package org.vndirective.lineage.text;

import java.util.regex.Pattern;

/** Whitespace runs to one space: for labels, cues and evidence sentences read across line breaks. */
public final class Spaces {
    private static final Pattern RUN = Pattern.compile("\\s+");

    private Spaces() {}

    public static String collapse(CharSequence s) { return RUN.matcher(s).replaceAll(" "); }
}
