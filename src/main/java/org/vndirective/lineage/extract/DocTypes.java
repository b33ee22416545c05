package org.vndirective.lineage.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndirective.lineage.text.Folding;

/** The document types of {@code doc-types.json}, and notation codes in their canonical spelling. */
public final class DocTypes {
    private final List<DocType> types;
    private final Map<String, DocType> byClass = new LinkedHashMap<>();
    private final Map<String, String> canonicalCodes = new HashMap<>();
    private final Map<String, String> stateIssuerTypes = new HashMap<>();
    /** Known codes spelt with a lower-case letter (TTg, CTr): the only lower case a code may hold. */
    private final List<String> mixedCaseCodes;
    private final Pattern partyIssuers;
    private final List<String> partyIssuerExamples = new ArrayList<>();
    private final List<String> codeExamples = new ArrayList<>();
    /** All names, longest first, one named group per type: t0, t1, … */
    private final Pattern anyName;
    private final List<DocType> groupOrder;
    private final Scan anyNameScan;

    private DocTypes(JsonNode root) {
        List<DocType> list = new ArrayList<>();
        for (JsonNode t : root.get("types")) {
            List<String> codes = new ArrayList<>();
            t.get("codes").forEach(c -> codes.add(c.asText()));
            List<String> ex = new ArrayList<>();
            t.get("examples").forEach(c -> ex.add(c.asText()));
            list.add(new DocType(t.get("class").asText(), t.get("vi").asText(), t.get("en").asText(),
                    Pattern.compile(t.get("name").asText()), codes, t.path("state").asBoolean(false), ex));
        }
        this.types = List.copyOf(list);
        for (DocType d : types) {
            byClass.put(d.className(), d);
            for (String c : d.codes()) canonicalCodes.put(Folding.fold(c).toUpperCase(Locale.ROOT), c);
        }
        root.get("otherCodes").fields().forEachRemaining(e -> {
            if (!e.getKey().equals("about")) canonicalCodes.put(e.getKey(), e.getValue().asText());
        });
        root.get("stateIssuerTypes").fields().forEachRemaining(e -> {
            if (!e.getKey().equals("about")) stateIssuerTypes.put(e.getKey(), e.getValue().asText());
        });
        mixedCaseCodes = canonicalCodes.values().stream().filter(c -> !c.equals(c.toUpperCase(Locale.ROOT)))
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        JsonNode pi = root.get("partyIssuers");
        partyIssuers = Pattern.compile(pi.get("pattern").asText());
        pi.get("examples").forEach(e -> partyIssuerExamples.add(e.asText()));
        root.get("examplesOfCodes").forEach(e -> codeExamples.add(e.asText()));
        groupOrder = types.stream().sorted(Comparator.comparingInt((DocType d) -> -d.name().pattern().length())).toList();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < groupOrder.size(); i++) {
            if (i > 0) b.append('|');
            b.append("(?<t").append(i).append('>').append(groupOrder.get(i).name().pattern()).append(')');
        }
        anyName = Pattern.compile("(?:" + b + ")");
        anyNameScan = Scan.of(anyName);
    }

    private static final DocTypes STANDARD = new DocTypes(DataFiles.read("doc-types.json"));

    public static DocTypes standard() { return STANDARD; }

    public List<DocType> all() { return types; }

    public Optional<DocType> byClass(String className) { return Optional.ofNullable(byClass.get(className)); }

    /** A regex matching any type name; {@link #typeOf(Matcher)} tells which one matched. */
    public Pattern anyName() { return anyName; }

    /**
     * The type name that ends right at {@code to} (only spaces between) and starts at or after {@code from}, as a
     * match for {@link #typeOf(Matcher)}; or null. The word before a number decides the document's type.
     */
    Matcher nameEnding(String folded, int from, int to) {
        Matcher m = anyName.matcher(folded).useTransparentBounds(true);
        // Only where a word starts: find() would try every char of the window.
        for (int p = from; p < to; p++) {
            if (!anyNameScan.canStart(folded, p, to) || p > 0 && Character.isLetter(folded.charAt(p - 1))) continue;
            if (m.region(p, to).lookingAt() && folded.substring(m.end(), to).isBlank()) return m;
        }
        return null;
    }

    public DocType typeOf(Matcher m) {
        for (int i = 0; i < groupOrder.size(); i++) if (m.group("t" + i) != null) return groupOrder.get(i);
        throw new IllegalStateException("no type group matched");
    }

    /** The type a notation code implies when no word names it (CT → Directive, QĐ → Decision). */
    public Optional<DocType> forCode(String canonicalCode, boolean state) {
        DocType best = null;
        for (DocType d : types) {
            if (!d.codes().contains(canonicalCode)) continue;
            // The first type listed with a code is its Party reading (QĐ: Quy định); a state QĐ is a Quyết định.
            if (best == null) best = d;
            if (state && d.className().equals("Decision")) best = d;
        }
        return Optional.ofNullable(best);
    }

    /** Whether a canonical issuer code is a Party committee's or organ's (TW, TU, BTCTU), whatever the printing. */
    public boolean partyIssuer(String canonicalCode) { return partyIssuers.matcher(canonicalCode).matches(); }

    /** The examples of {@link #partyIssuer}: "CODE" is one, "!CODE" is not. */
    public List<String> partyIssuerExamples() { return List.copyOf(partyIssuerExamples); }

    /** "printed -> canonical" pairs: what a notation printed so reads as. */
    public List<String> codeExamples() { return List.copyOf(codeExamples); }

    /**
     * How many leading chars of a printed code are the code: a word in lower case glued after it is not part of it
     * ("CPvề" → 2, "TTgcủa" → 3), nor a capitalised word glued after a known code ("UBNDThành" → 4), nor one where
     * the code should be ("Đại" → 0: no code). Lower case inside a code is its own ("GDTrH", "KTr2"), and so is
     * a code printed all in lower case ("nđ-cp").
     */
    public int codeLength(String printed) {
        int len = printed.length();
        if (len >= 2 && Character.isUpperCase(printed.charAt(0)) && printed.substring(1).chars().allMatch(Character::isLowerCase)) {
            return known(printed) ? len : 0;
        }
        int glued = gluedCapitals(printed);
        if (glued >= 0) return glued;
        int t = len;
        while (t > 0 && Character.isLowerCase(printed.charAt(t - 1))) t--;
        // A word: two letters or more, after a capital or digit of the code.
        if (len - t < 2 || t == 0 || !(Character.isUpperCase(printed.charAt(t - 1)) || Character.isDigit(printed.charAt(t - 1)))) return len;
        for (String c : mixedCaseCodes) if (c.length() == t + 1 && printed.startsWith(c)) return t + 1;
        if (t > 2 && Character.isLetter(printed.charAt(t - 1)) && known(printed.substring(0, t - 1)) && !known(printed.substring(0, t))) return t - 1;
        return t;
    }

    /**
     * Where a word in capitals glued after a code starts ("UBND-VPCỘNG HÒA" in a header run together): codes spell
     * no vowel with a tone or a hat (only Ư, of TƯ), so the word starts with the consonants before the first such
     * vowel; -1 when there is none.
     */
    private static int gluedCapitals(String printed) {
        int v = 0;
        while (v < printed.length() && !WORD_VOWEL.matcher(printed.substring(v, v + 1)).matches()) v++;
        if (v == printed.length()) return -1;
        for (String onset : ONSETS) {
            int s = v - onset.length();
            // A word from the start ("ĐẠI HỌC"): no code at all.
            if ((s >= 2 || s == 0) && printed.substring(s, v).equalsIgnoreCase(onset)) return s;
        }
        return v >= 2 ? v : -1;
    }

    private static final Pattern WORD_VOWEL = Pattern.compile("[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]");
    /** Vietnamese onsets, longest first. */
    private static final List<String> ONSETS = List.of("NGH", "CH", "GH", "GI", "KH", "NG", "NH", "PH", "QU", "TH", "TR",
            "B", "C", "D", "Đ", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "X");

    private boolean known(String upper) { return canonicalCodes.containsKey(Folding.fold(upper).toUpperCase(Locale.ROOT)); }

    /** Type of a state notation that has only an issuer (77/2015/QH13 → Law). */
    public Optional<DocType> forStateIssuer(String issuerLetters) {
        return Optional.ofNullable(stateIssuerTypes.get(issuerLetters)).flatMap(this::byClass);
    }

    /**
     * The canonical spelling of a code as printed: upper case, Vietnamese letters restored where the code is
     * known ({@code QD → QĐ}, {@code HDND → HĐND}), OCR misreadings mended ({@code QP → QĐ}), trailing digits kept
     * ({@code UBTVQH14}).
     */
    public String canonicalCode(String printed) {
        String p = printed.strip();
        if (p.equals("TƯ") || p.equals("TƯ")) return "TW";
        Matcher m = TRAILING_DIGITS.matcher(p);
        String letters = p, digits = "";
        if (m.matches()) { letters = m.group(1); digits = m.group(2); }
        String upper = letters.toUpperCase(Locale.ROOT);
        String key = Folding.fold(upper).toUpperCase(Locale.ROOT);
        String known = canonicalCodes.get(key);
        if (known != null) return known + digits;
        // OCR reads Đ as P ("54-QP/TW", "15/2020/NP-CP"): a code that is known once P reads Đ is that code.
        if (key.indexOf('P') >= 0) {
            String mended = canonicalCodes.get(key.replace('P', 'D'));
            if (mended != null && mended.indexOf('Đ') >= 0) return mended + digits;
        }
        return upper + digits;
    }

    private static final Pattern TRAILING_DIGITS = Pattern.compile("(\\D+?)(\\d+)");
}
