package org.vndirective.lineage.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.vndirective.lineage.duty.Duty;
import org.vndirective.lineage.duty.DutyFinder;
import org.vndirective.lineage.duty.DutyKind;
import org.vndirective.lineage.extract.Extractor;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.text.SourceText;

/**
 * The duty stage's cost beside one extraction pass (issue 26), on one thread: {@code java -cp
 * target/lineage.jar:target/test-classes org.vndirective.lineage.bench.DutyCost DIR [ROUNDS]}. Reads every .txt of
 * DIR into memory, then per round times the extraction of every file, and the duty stage over those extractions;
 * prints MB/s of each, the best round's, and the duties by kind.
 */
public final class DutyCost {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<SourceText> texts = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String s = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                bytes += s.getBytes(StandardCharsets.UTF_8).length;
                texts.add(SourceText.of(p.getFileName().toString(), s));
            }
        }
        Extractor extractor = Extractor.standard();
        DutyFinder duties = DutyFinder.standard();
        double bestExtract = Double.MAX_VALUE, bestDuty = Double.MAX_VALUE;
        Map<DutyKind, Integer> kinds = new EnumMap<>(DutyKind.class);
        int files = 0;
        for (int r = 0; r < rounds; r++) {
            List<FileExtraction> xs = new ArrayList<>(texts.size());
            long t0 = System.nanoTime();
            for (SourceText t : texts) xs.add(extractor.extract(t));
            long t1 = System.nanoTime();
            kinds.clear();
            files = 0;
            for (FileExtraction x : xs) {
                List<Duty> found = duties.find(x.text(), x.header());
                if (!found.isEmpty()) files++;
                for (Duty d : found) kinds.merge(d.kind(), 1, Integer::sum);
            }
            long t2 = System.nanoTime();
            double e = (t1 - t0) / 1e9, d = (t2 - t1) / 1e9;
            bestExtract = Math.min(bestExtract, e);
            bestDuty = Math.min(bestDuty, d);
            System.out.printf("round %d: extraction %.2f s (%.2f MB/s), duty stage %.2f s (%.1f%% of extraction)%n",
                    r + 1, e, bytes / 1e6 / e, d, 100 * d / e);
        }
        System.out.printf("%d files, %.1f MB; best: extraction %.2f s = %.2f MB/s; with duties %.2f MB/s (%.1f%% slower)%n",
                texts.size(), bytes / 1e6, bestExtract, bytes / 1e6 / bestExtract, bytes / 1e6 / (bestExtract + bestDuty), 100 * bestDuty / bestExtract);
        System.out.println("duties by kind: " + kinds + " in " + files + " files; total " + kinds.values().stream().mapToInt(Integer::intValue).sum());
    }
}
