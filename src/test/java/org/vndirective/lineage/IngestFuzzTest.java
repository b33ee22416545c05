package org.vndirective.lineage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.vndirective.lineage.extract.DocTypes;
import org.vndirective.lineage.extract.Extractor;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.rdf.GraphBuilder;
import org.vndirective.lineage.resolve.CentralDocuments;
import org.vndirective.lineage.resolve.HeaderDates;
import org.vndirective.lineage.resolve.RegistryPlaces;
import org.vndirective.lineage.resolve.Resolver;
import org.vndirective.lineage.resolve.Scopes;
import org.vndirective.lineage.resolve.YearIndex;
import org.vndirective.lineage.text.Decoder;

/**
 * Real texts mutated the way crawls and OCR mutate them (spans deleted, duplicated, swapped; diacritics stripped or
 * decomposed; line breaks inside notations; random bytes; a line repeated thousands of times) go through every
 * per-file stage (decode, extract, header dates, resolve, graph) without an exception. 400 tries in CI (about a
 * minute); more with {@code -Djqwik.tries.default=N}. An input that throws is printed by jqwik with its seed: it
 * goes into {@code src/test/resources/corpus/fuzz/} as a regression document, which {@link #regressions} reads.
 */
class IngestFuzzTest {
    private static final List<String> SEEDS = seeds();
    private static final Extractor EXTRACTOR = Extractor.standard();
    private static final Resolver RESOLVER = new Resolver(RegistryPlaces.standard(), Scopes.standard(),
            CentralDocuments.standard(), DocTypes.standard());
    private static final String PUNCTUATION = "-/.,;:()\"“”\n ";
    private static final Pattern NOTATION_JOINT = Pattern.compile("(?<=\\d)[-/]|[-/](?=[\\p{L}\\d])");

    @Property
    void mutatedTextsNeverThrow(@ForAll @IntRange(min = 0, max = 1_000) int seed, @ForAll long random) {
        Random r = new Random(random);
        String text = SEEDS.get(seed % SEEDS.size());
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) text = mutate(text, r);
        byte[] bytes = r.nextInt(8) == 0 ? randomBytes(text, r) : text.getBytes(StandardCharsets.UTF_8);
        ingest("fuzz.txt", bytes);
    }

    @Property(tries = 1)
    void regressions() throws IOException {
        Path dir = Path.of("src/test/resources/corpus/fuzz");
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) ingest(f.getFileName().toString(), Files.readAllBytes(f));
        }
    }

    /** Every per-file stage, as the ingest runs them. */
    static void ingest(String name, byte[] bytes) {
        if (!(Decoder.standard().decode(name, name, bytes) instanceof Decoder.Decoded d)) return;
        FileExtraction x = HeaderDates.standard().check(EXTRACTOR.extract(d.text()));
        YearIndex index = RESOLVER.newIndex();
        RESOLVER.datedFacts(x).forEach(o -> index.add(o.series(), o.year(), o.bodyId()));
        GraphBuilder.file(RESOLVER.resolveFile(x, index).file());
    }

    static String mutate(String t, Random r) {
        if (t.isEmpty()) return t;
        int a = r.nextInt(t.length()), b = Math.min(t.length(), a + 1 + r.nextInt(Math.min(400, t.length())));
        return switch (r.nextInt(9)) {
            case 0 -> t.substring(0, a) + t.substring(b); // delete a span
            case 1 -> t.substring(0, b) + t.substring(a, b) + t.substring(b); // duplicate it
            case 2 -> { // swap it with another
                int c = r.nextInt(t.length()), e = Math.min(t.length(), c + 1 + r.nextInt(200));
                if (c < b) yield t;
                yield t.substring(0, a) + t.substring(c, e) + t.substring(b, c) + t.substring(a, b) + t.substring(e);
            }
            case 3 -> t.substring(0, a) + strip(t.substring(a, b)) + t.substring(b); // diacritics stripped (OCR)
            case 4 -> Normalizer.normalize(t, Normalizer.Form.NFD); // decomposed
            case 5 -> breakNotations(t, r);
            case 6 -> { // one line repeated thousands of times
                int s = t.lastIndexOf('\n', a) + 1, e = t.indexOf('\n', a);
                String line = t.substring(s, e < 0 ? t.length() : e + 1);
                yield t.substring(0, s) + line.repeat(Math.min(3_000, 200_000 / Math.max(1, line.length()))) + t.substring(s);
            }
            case 7 -> t.substring(0, a) + randomChars(r, 1 + r.nextInt(40)) + t.substring(a);
            default -> t.substring(0, a) + t.substring(a, b).toUpperCase() + t.substring(b);
        };
    }

    private static String strip(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }

    /** "59-KH/TU" → "59-\nKH/TU" (a line broken inside a notation), at some of the places. */
    private static String breakNotations(String t, Random r) {
        Matcher m = NOTATION_JOINT.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(r.nextInt(3) == 0 ? m.group() + "\n" : m.group()));
        return m.appendTail(b).toString();
    }

    private static String randomChars(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(5);
            b.append(switch (kind) {
                case 0 -> (char) r.nextInt(0x20); // control characters
                case 1 -> (char) (0xD800 + r.nextInt(0x800)); // lone surrogates
                case 2 -> PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length()));
                case 3 -> (char) ('0' + r.nextInt(10));
                default -> (char) r.nextInt(0x3000);
            });
        }
        return b.toString();
    }

    /** The text's bytes with some overwritten by random ones (broken encodings, binary junk). */
    private static byte[] randomBytes(String t, Random r) {
        byte[] b = t.getBytes(r.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE);
        for (int i = 0, n = 1 + r.nextInt(20); i < n && b.length > 0; i++) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        return b;
    }

    /** The bundled sample corpus and our test documents; real-dev too when the shared corpora are beside the repo. */
    private static List<String> seeds() {
        List<String> out = new ArrayList<>();
        try {
            for (String f : List.of("000_65312ab16a694310.txt", "001_5d9c08b32df71cfa.txt", "002_96d47606b084ea54.txt",
                    "003_d36600f59ffdebfe.txt")) {
                try (InputStream in = IngestFuzzTest.class.getResourceAsStream("/corpus/lam-dong/" + f)) {
                    out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            for (Path dir : List.of(Path.of("src/test/resources/corpus/phenomena"), Path.of("../shared/corpus/real-dev"))) {
                if (!Files.isDirectory(dir)) continue;
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) out.add(Files.readString(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
