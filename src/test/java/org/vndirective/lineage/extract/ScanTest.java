package org.vndirective.lineage.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vndirective.lineage.text.AlignedText;
import org.vndirective.lineage.text.SourceText;
import org.vndirective.lineage.text.TextNormalizer;

/** A scan must find exactly what {@code Matcher.find} finds: skipping a char is only safe if no match starts there. */
class ScanTest {

    static Stream<Pattern> patterns() {
        List<Pattern> ps = new ArrayList<>();
        ps.add(DocTypes.standard().anyName());
        Cues.standard().all().forEach(c -> ps.add(c.pattern()));
        ps.add(Pattern.compile("(?<![a-z])tren\\s+day\\s+la\\s+"));
        ps.add(Pattern.compile("(?i)kính\\s+gửi|\\?|!"));
        ps.add(Pattern.compile("(?<=số\\s)\\d+"));
        ps.add(Pattern.compile("cong\\s+hoa\\s+xa\\s+hoi|dang\\s+cong\\s+san"));
        ps.add(Pattern.compile("nghi?\\s+quyet"));
        ps.add(Pattern.compile("(?<![a-z])n[o0]i\\s+nh[a-z]n\\s*:"));
        ps.add(Pattern.compile("\\.(?=\\s+\\p{Lu})|\\n(?=\\s*-\\s)"));
        return ps.stream();
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void findsWhatMatcherFindFindsInEveryTestText(Pattern p) throws IOException {
        Scan scan = Scan.of(p);
        for (String text : texts()) {
            List<String> expected = new ArrayList<>(), got = new ArrayList<>();
            Matcher m = p.matcher(text);
            while (m.find()) expected.add(m.start() + ":" + m.group());
            Matcher s = scan.matcher(text);
            for (int at = 0; scan.find(s, text, at, text.length()); at = Math.max(s.end(), s.start() + 1)) got.add(s.start() + ":" + s.group());
            assertEquals(expected, got, p.pattern());
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
            "(?<![a-z])tren\\s+day;tren",
            "nghi?\\s+quyet;ngh",
            "ke\\s+hoach;ke",
            "cong\\s+hoa|dang\\s+cong;''",
            "(?:cong|dang)\\s+x;''",
            "n[o0]i;''",
            "ab*c;''"})
    void aLiteralIsUsedOnlyWhenEveryMatchStartsWithIt(String regex, String literal) {
        assertEquals(literal, Scan.leadingLiteral(regex));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
            "nghi?\\s+quyet;ngh quyet va nghi quyet",
            "cong\\s+hoa|dang\\s+cong;dang cong san, cong hoa",
            "(?<![a-z])tren\\s+day;o tren day la",
            "ke\\s+hoach;ke hoach, kế hoạch, ke  hoach"})
    void triggersMissNoStartOfAMatch(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<Integer> starts = Triggers.literalStarts(text, regex);
        while (m.find()) assertTrue(starts.contains(m.start()), regex + " matches at " + m.start() + ", not a trigger: " + starts);
    }

    @Test
    void onlyTheCharsAMatchCanStartWithAreTried() {
        Scan closing = Scan.of(Pattern.compile("(?<![a-z])tren\\s+day"));
        assertTrue(closing.canStart('t'));
        assertFalse(closing.canStart('a'));
        assertFalse(closing.canStart('\n'));
        assertTrue(Scan.of(Pattern.compile("(?i)kính")).canStart('K'));
        assertFalse(Scan.of(Pattern.compile("(?i)kính")).canStart('í'));
        // A lookbehind in front may need text before the match: every char is tried.
        assertTrue(Scan.of(Pattern.compile("(?<=số\\s)\\d+")).canStart('x'));
    }

    /** Every test document, as printed and as folded for matching. */
    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/main/resources/corpus/lam-dong"), Path.of("src/test/resources/corpus/phenomena"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    AlignedText t = TextNormalizer.standard().normalize(SourceText.of(f.getFileName().toString(), Files.readString(f)));
                    out.add(t.text());
                    out.add(t.folded());
                }
            }
        }
        return out;
    }
}
