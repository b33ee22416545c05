package org.vndirective.lineage.extract;

/** Where words and numbers start and end in the folded text (ASCII letters and digits only). */
final class Words {
    private Words() {}

    /** A number starts a notation only if not glued to a word, a date or another code ("2020/…", "s618-…"). */
    static boolean numberBoundary(String f, int at) {
        if (at == 0) return true;
        char c = f.charAt(at - 1);
        return !(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == '-');
    }

    static boolean wordBoundary(String f, int at) {
        return at == 0 || !(f.charAt(at - 1) >= 'a' && f.charAt(at - 1) <= 'z');
    }

    /** Start of the digit run (at most five digits) that ends right before {@code sep}, or -1. */
    static int digitsBefore(String f, int sep) {
        int s = sep;
        while (s > 0 && sep - s < 5 && Character.isDigit(f.charAt(s - 1))) s--;
        return s < sep ? s : -1;
    }

    static boolean asciiDigit(char c) { return c >= '0' && c <= '9'; }
}
