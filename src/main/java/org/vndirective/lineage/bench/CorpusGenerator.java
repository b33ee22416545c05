package org.vndirective.lineage.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.vndirective.lineage.resolve.BodyRegistry;

/**
 * Writes a synthetic corpus in the style of the samples, with the facts it wrote as truth in the shared scorer's
 * gold format ({@code truth.gold.json}). Deterministic for a seed; streams (memory does not grow with the corpus:
 * only a bounded pool of citable documents is kept). Each chain: a central directive (sometimes continuing an
 * older one), a province plan or programme carrying it out, district plans carrying that out, and reviews years
 * later. Texts use the constructions the extractor claims: chains in one sentence, fronted sentences, "Căn cứ"
 * lines with state laws, lists, named conference resolutions, long-form and dashed dates; a share is OCR-damaged
 * (no diacritics, garbled letters) or NFD.
 */
public final class CorpusGenerator {
    public record Options(int docs, long seed, double ocrShare, double nfdShare) {
        public Options {
            if (docs < 1) throw new IllegalArgumentException("docs must be at least 1");
            if (ocrShare < 0 || nfdShare < 0 || ocrShare + nfdShare > 1) throw new IllegalArgumentException("shares must add up to at most 1");
        }
    }

    public record Result(int files, long bytes, int links) {}

    /** A document the generator made, kept while later ones may cite it. */
    record Doc(String notation, String typeVi, String typeClass, LocalDate date, String body, String province,
               String district, int level) {
        String ref() { return typeVi + " số " + notation + ", ngày " + date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear() + " của " + body; }

        /** The truth key: numbers restart every year, so the notation names a document only with its year. */
        String key() { return notation + "@" + date.getYear(); }
    }

    private static final String[][] CENTRAL = {
            {"Ban Chấp hành Trung ương", "BAN CHẤP HÀNH TRUNG ƯƠNG", "NQ", "Nghị quyết", "Resolution"},
            {"Bộ Chính trị", "BỘ CHÍNH TRỊ", "KL", "Kết luận", "Conclusion"},
            {"Ban Bí thư", "BAN BÍ THƯ", "CT", "Chỉ thị", "Directive"}};
    private static final String[] SUBJECTS = {"nâng cao chất lượng sinh hoạt chi bộ", "công tác phát triển đảng viên",
            "tăng cường công tác dân vận", "đẩy mạnh cải cách hành chính", "công tác kiểm tra, giám sát",
            "xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh", "phòng, chống tham nhũng, lãng phí"};
    /** State documents for "Căn cứ" lines: text, notation, year (a document cites only what came before it). */
    private static final String[][] STATE = {{"Luật Tổ chức chính quyền địa phương số 77/2015/QH13", "77/2015/QH13", "2015"},
            {"Nghị định số 15/2020/NĐ-CP", "15/2020/NĐ-CP", "2020"}, {"Nghị quyết số 833/NQ-UBTVQH14", "833/NQ-UBTVQH14", "2019"}};
    /** Pairs carried out together ("A gắn với B"), named and numbered, with the year from which they can be cited. */
    private static final String[][] TIED = {
            {"Nghị quyết Trung ương 4 (khóa XII)", "04-NQ/TW", "Chỉ thị số 05-CT/TW của Bộ Chính trị", "05-CT/TW", "2017"},
            {"Nghị quyết Trung ương 4 (khóa XI)", "12-NQ/TW", "Chỉ thị số 03-CT/TW của Bộ Chính trị", "03-CT/TW", "2012"}};

    private final Options options;
    private final List<BodyRegistry.Body> provinces = new ArrayList<>();
    private final Map<String, List<BodyRegistry.Body>> districts = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    public CorpusGenerator(Options options) {
        this.options = options;
        for (BodyRegistry.Body b : BodyRegistry.load().all()) {
            if (b.id().endsWith("/tinh-uy") && b.level() == BodyRegistry.Level.PROVINCE) provinces.add(b);
            if (b.id().endsWith("/huyen-uy")) districts.computeIfAbsent(b.province(), k -> new ArrayList<>()).add(b);
        }
    }

    /** Writes the corpus under {@code out} (sub-folders of at most 1,000 files) and {@code out/truth.gold.json}. */
    public Result generate(Path out) throws IOException {
        Files.createDirectories(out);
        SplittableRandom rnd = new SplittableRandom(options.seed());
        int written = 0, links = 0;
        long bytes = 0;
        try (JsonGenerator truth = new JsonFactory().createGenerator(out.resolve("truth.gold.json").toFile(), JsonEncoding.UTF8)) {
            truth.useDefaultPrettyPrinter();
            truth.writeStartObject();
            truth.writeStringField("about", "Written by `lineage generate` with seed " + options.seed() + ": the facts each file states.");
            truth.writeObjectFieldStart("files");
            Doc olderCentral = null;
            while (written < options.docs()) {
                // One chain: central → province → districts → reviews.
                String[] c = CENTRAL[rnd.nextInt(CENTRAL.length)];
                int year = 2008 + rnd.nextInt(14);
                LocalDate centralDate = date(rnd, year);
                Doc central = new Doc(number(c[2] + "/TW", centralDate, CENTRAL_NUMBERS_AFTER) + "-" + c[2] + "/TW", c[3], c[4], centralDate, c[0], null, null, 0);
                String subject = SUBJECTS[rnd.nextInt(SUBJECTS.length)];
                List<String[]> cl = new ArrayList<>();
                StringBuilder body = new StringBuilder();
                if (olderCentral != null && olderCentral.date().isBefore(central.date()) && rnd.nextInt(3) == 0) {
                    body.append(c[3]).append(" này về tiếp tục thực hiện ").append(olderCentral.ref()).append(" về ").append(subject).append(".\n");
                    cl.add(new String[] {"self", "continues", olderCentral.key()});
                }
                body.append("Các cấp ủy, tổ chức đảng quán triệt và tổ chức thực hiện nghiêm túc.\n");
                bytes += write(out, written++, central, c[1], "về " + subject, body, cl, truth, rnd);
                links += cl.size();
                if (written >= options.docs()) break;
                olderCentral = central;

                BodyRegistry.Body p = provinces.get(rnd.nextInt(provinces.size()));
                boolean programme = rnd.nextBoolean();
                LocalDate planDate = date(rnd, year).plusMonths(2);
                Doc plan = new Doc(number((programme ? "CTr" : "KH") + "/TU", planDate, 0) + (programme ? "-CTr/TU" : "-KH/TU"),
                        programme ? "Chương trình hành động" : "Kế hoạch", programme ? "ActionProgramme" : "Plan",
                        planDate, "Ban Thường vụ " + p.name().replaceAll(" " + p.placeName() + "$", ""),
                        p.province(), null, 1);
                List<String[]> pl = new ArrayList<>();
                StringBuilder pb = new StringBuilder();
                String[] st = STATE[rnd.nextInt(STATE.length)];
                if (Integer.parseInt(st[2]) <= plan.date().getYear()) {
                    pb.append("Căn cứ ").append(st[0]).append(";\n");
                    pl.add(new String[] {"self", "basedOn", st[1]});
                }
                pb.append("Thực hiện ").append(central.ref()).append(", Ban Thường vụ Tỉnh ủy xây dựng ").append(plan.typeVi().toLowerCase())
                        .append(" thực hiện như sau:\n");
                pl.add(new String[] {"self", "implements", central.key()});
                for (String[] t : TIED) {
                    if (Integer.parseInt(t[4]) > plan.date().getYear()) continue;
                    pb.append("1. Tiếp tục thực hiện ").append(t[0]).append(" gắn với ").append(t[2]).append(".\n");
                    pl.add(new String[] {t[1], "associatedWith", t[3]});
                    break;
                }
                bytes += write(out, written++, plan, p.name().toUpperCase(), "thực hiện " + central.ref(), pb, pl, truth, rnd);
                links += pl.size();

                List<BodyRegistry.Body> ds = districts.getOrDefault(p.province(), List.of());
                for (int k = 0; k < Math.min(ds.size(), 1 + rnd.nextInt(3)) && written < options.docs(); k++) {
                    BodyRegistry.Body d = ds.get(rnd.nextInt(ds.size()));
                    LocalDate dpDate = plan.date().plusMonths(1 + rnd.nextInt(6));
                    Doc dp = new Doc(number("KH/HU", dpDate, 0) + "-KH/HU", "Kế hoạch", "Plan", dpDate,
                            "Ban Thường vụ " + d.name().replaceAll(" " + d.placeName() + "$", ""), p.province(), d.district(), 2);
                    List<String[]> dl = new ArrayList<>();
                    StringBuilder db = new StringBuilder();
                    db.append("Thực hiện ").append(plan.ref()).append(" thực hiện ").append(central.ref()).append(" về ").append(subject)
                            .append(", Ban Thường vụ Huyện ủy ban hành kế hoạch như sau:\n");
                    dl.add(new String[] {"self", "implements", plan.key()});
                    dl.add(new String[] {plan.key(), "implements", central.key()});
                    bytes += write(out, written++, dp, "ĐẢNG BỘ TỈNH " + p.placeName().toUpperCase() + "\n" + d.name().toUpperCase(),
                            "thực hiện " + plan.ref(), db, dl, truth, rnd);
                    links += dl.size();
                    if (written < options.docs() && rnd.nextInt(2) == 0) {
                        Doc review = new Doc(number("KL/HU", dp.date().plusYears(5), 0) + "-KL/HU", "Kết luận", "Conclusion",
                                dp.date().plusYears(5), "Huyện ủy", p.province(), d.district(), 2);
                        List<String[]> rl = new ArrayList<>();
                        StringBuilder rb = new StringBuilder("Ban Chấp hành Đảng bộ huyện đã tổ chức hội nghị sơ kết 05 năm thực hiện ")
                                .append(dp.ref()).append(" thực hiện ").append(plan.ref()).append(".\n");
                        rl.add(new String[] {"self", "reviews", dp.key()});
                        rl.add(new String[] {dp.key(), "implements", plan.key()});
                        bytes += write(out, written++, review, "ĐẢNG BỘ TỈNH " + p.placeName().toUpperCase() + "\n" + d.name().toUpperCase(),
                                "Hội nghị sơ kết 05 năm thực hiện " + dp.typeVi() + " số " + dp.notation(), rb, rl, truth, rnd);
                        links += rl.size();
                    }
                }
            }
            truth.writeEndObject();
            truth.writeEndObject();
        }
        return new Result(written, bytes, links);
    }

    /**
     * Numbers restart every year, as real ones restart every term, so notations repeat across years and only the
     * year tells documents apart (the truth keys carry it: {@link Doc#key()}). A series is shared by all provinces
     * (and districts) so that notation and year still name one document, which the shared scorer needs; this keeps
     * numbers within five digits up to a few million documents.
     */
    private String number(String series, LocalDate date, int after) {
        return String.valueOf(after + counters.merge(series + "@" + date.getYear(), 1, Integer::sum));
    }

    /**
     * Central numbers start above those of the real documents in central-documents.json: a generated 4-NQ/TW of
     * 2016 would be, by identity, the real Nghị quyết Trung ương 4 (khóa XII), which the texts also cite by name.
     */
    private static final int CENTRAL_NUMBERS_AFTER = 100;

    private static LocalDate date(SplittableRandom rnd, int year) {
        return LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    }

    private long write(Path out, int index, Doc doc, String organ, String title, CharSequence body, List<String[]> links,
                       JsonGenerator truth, SplittableRandom rnd) throws IOException {
        String place = doc.province() == null ? "Hà Nội" : provinces.stream().filter(b -> b.province().equals(doc.province()))
                .findFirst().map(BodyRegistry.Body::placeName).orElse("Hà Nội");
        String text = organ + "\n*\nSố " + doc.notation() + "\nĐẢNG CỘNG SẢN VIỆT NAM\n" + place + ", ngày " + doc.date().getDayOfMonth()
                + " tháng " + doc.date().getMonthValue() + " năm " + doc.date().getYear() + "\n\n" + doc.typeVi().toUpperCase() + "\n"
                + title + "\n-----\n\n" + body + "\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n";
        double roll = rnd.nextDouble();
        if (roll < options.ocrShare()) text = ocr(text, rnd);
        else if (roll < options.ocrShare() + options.nfdShare()) text = Normalizer.normalize(text, Normalizer.Form.NFD);
        String name = String.format("%04d/%07d.txt", index / 1000, index);
        Path f = out.resolve(name);
        Files.createDirectories(f.getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(f, bytes);

        truth.writeObjectFieldStart(name);
        truth.writeObjectFieldStart("self");
        truth.writeStringField("notation", doc.key());
        truth.writeStringField("type", doc.typeClass());
        truth.writeStringField("date", doc.date().toString());
        truth.writeEndObject();
        truth.writeArrayFieldStart("cites");
        List<String> cited = new ArrayList<>();
        for (String[] l : links) for (String e : new String[] {l[0], l[2]}) if (!e.equals("self") && !cited.contains(e)) cited.add(e);
        for (String c : cited) truth.writeString(c);
        truth.writeEndArray();
        truth.writeArrayFieldStart("links");
        for (String[] l : links) {
            truth.writeStartObject();
            truth.writeStringField("from", l[0]);
            truth.writeStringField("rel", l[1]);
            truth.writeStringField("to", l[2]);
            truth.writeEndObject();
        }
        truth.writeEndArray();
        truth.writeEndObject();
        return bytes.length;
    }

    /** OCR without diacritics, as sample 002 reads: letters lose their marks, Đ reads as P now and then. */
    static String ocr(String text, SplittableRandom rnd) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder b = new StringBuilder(d.length());
        for (char ch : d.toCharArray()) {
            if (ch == 'đ') b.append('d');
            else if (ch == 'Đ') b.append(rnd.nextInt(4) == 0 ? 'P' : 'D');
            else b.append(ch);
        }
        return b.toString();
    }
}
