package org.vndirective.lineage.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.vndirective.lineage.report.Problem;
import org.vndirective.lineage.extract.DocTypes;
import org.vndirective.lineage.extract.FileExtraction;
import org.vndirective.lineage.extract.Header;
import org.vndirective.lineage.extract.Link;
import org.vndirective.lineage.extract.AliasMention;
import org.vndirective.lineage.extract.ConferenceMention;
import org.vndirective.lineage.extract.Mention;
import org.vndirective.lineage.extract.NamedMention;
import org.vndirective.lineage.extract.NotationMention;
import org.vndirective.lineage.extract.ShortMention;
import org.vndirective.lineage.extract.Notation;
import org.vndirective.lineage.extract.Slugs;
import org.vndirective.lineage.text.Folding;

/**
 * Mentions to documents across files. Identity is scope + issuer + type + number + year (or term): "59-KH/TU"
 * in a Lâm Đồng text is Lâm Đồng's; an undated mention takes the year of a dated one in the same file, else the
 * only year known anywhere (texts, own headers, central data) that fits its term and is not after the citing
 * document; a mention that fits several stays ambiguous, with its candidates, and is never merged.
 */
public final class Resolver {
    private final Places places;
    private final Scopes scopes;
    private final CentralDocuments central;
    private final DocTypes types;

    public Resolver(Places places, Scopes scopes, CentralDocuments central, DocTypes types) {
        this.places = places;
        this.scopes = scopes;
        this.central = central;
        this.types = types;
    }

    /** What pass 1 learns, ready for the files: the central documents' years. Add each file's {@link #datedFacts}. */
    public YearIndex newIndex() {
        YearIndex index = new YearIndex();
        for (CentralDocuments.Entry e : central.all()) {
            Observation o = centralObservation(e);
            index.add(o.series(), o.year(), o.bodyId());
        }
        return index;
    }

    /** Pass 1 for one file: the series and years it states (own header, dated mentions). Thread-safe. */
    public List<Observation> datedFacts(FileExtraction x) { return dated(x, context(x)); }

    private List<Observation> dated(FileExtraction x, FileContext c) {
        List<Observation> out = new ArrayList<>();
        if (c.selfSeries != null && x.header().year() != null) out.add(selfObservation(x, c));
        for (Mention m : x.mentions()) {
            if (!(m instanceof NotationMention n) || n.selfHeader()) continue;
            Observation o = mentionObservation(n, x, c);
            if (o.year() != null) out.add(o);
        }
        return out;
    }

    /** One file's mentions and links to document keys, and what it says of each document. Thread-safe. */
    public record FileResolution(ResolvedCorpus.ResolvedFile file, List<Observation.Keyed> observations,
                                 List<Problem> problems) {}

    /** Pass 2 for one file, against the frozen index. Thread-safe. */
    public FileResolution resolveFile(FileExtraction x, YearIndex index) {
        FileContext c = context(x);
        // The years this file prints for each series, looked up per undated mention (a scan per mention is quadratic).
        Map<DocKey, Set<Integer>> local = new HashMap<>();
        for (Observation o : dated(x, c)) local.computeIfAbsent(o.series(), k -> new TreeSet<>()).add(o.year());
        for (Mention m : x.mentions()) {
            Integer y = m instanceof NamedMention n ? lawYear(n, x) : null;
            if (y != null) local.computeIfAbsent(DocKey.named("named/" + ((NamedMention) m).slug()), k -> new TreeSet<>()).add(y);
        }
        List<Observation.Keyed> obs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        DocKey self = selfKey(x, c, obs);
        Map<Mention, ResolvedCorpus.ResolvedMention> rm = new LinkedHashMap<>();
        for (Mention m : x.mentions()) {
            if (m.selfHeader()) continue;
            // Text order; short forms and aliases are bound once the rest is resolved.
            rm.put(m, m instanceof ShortMention || m instanceof AliasMention ? null : resolveMention(m, x, c, index, local, obs, problems));
        }
        ResolvedCorpus.ResolvedMention selfMention = x.header().self() == null ? null
                : new ResolvedCorpus.ResolvedMention(x.header().self(), self, "resolved", List.of());
        rm.replaceAll((m, r) -> r != null ? r : bind(m, x.mentions(), rm, selfMention));
        bindLawNames(x, rm);
        rm.values().removeIf(Objects::isNull);
        List<ResolvedCorpus.ResolvedLink> links = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Link l : x.links()) {
            ResolvedCorpus.ResolvedMention sm = l.subject() == null ? null : rm.get(l.subject());
            ResolvedCorpus.ResolvedMention om = rm.get(l.object());
            DocKey s = l.subject() == null ? self : sm == null ? null : sm.key();
            DocKey o = om == null ? null : om.key();
            if (s == null || o == null || s.path().equals(o.path())) continue;
            // An object is never newer than its subject: "Nghị định 98/2010 … Luật Di sản văn hóa" is not the 2024 law.
            if (yearOf(o) != null && yearOf(s) != null && yearOf(o) > yearOf(s)) continue;
            if (seen.add(s.path() + " " + l.relation() + " " + o.path())) {
                links.add(new ResolvedCorpus.ResolvedLink(s, l.relation(), o, l));
            }
        }
        return new FileResolution(new ResolvedCorpus.ResolvedFile(x, self, c.place, List.copyOf(rm.values()), links),
                obs, problems);
    }

    /** The year in a document's key ("vn/cp/nd/2010/98", "named/luat-dat-dai/2013"), or null. */
    private static Integer yearOf(DocKey k) {
        String y = k.isNamed() ? k.slug().substring(k.slug().lastIndexOf('/') + 1) : k.when();
        return y != null && y.matches("(?:19|20)\\d\\d") ? Integer.valueOf(y) : null;
    }

    /**
     * "Căn cứ Luật Thủy lợi số 08/2017/QH14; … Nghị định … quy định chi tiết một số điều của Luật Thủy lợi": in the
     * file that printed its number, a law cited by its name alone is the numbered law (unless its year says otherwise).
     */
    private static void bindLawNames(FileExtraction x, Map<Mention, ResolvedCorpus.ResolvedMention> rm) {
        Map<String, ResolvedCorpus.ResolvedMention> numbered = new HashMap<>();
        for (Mention m : x.mentions()) {
            if (!(m instanceof NotationMention n) || !"Law".equals(n.typeClass()) || rm.get(m) == null) continue;
            String slug = org.vndirective.lineage.extract.LawNameFinder.slugInLead(x.text().text(), n);
            if (slug != null) numbered.putIfAbsent(slug, rm.get(m));
        }
        if (numbered.isEmpty()) return;
        rm.replaceAll((m, r) -> {
            if (!(m instanceof NamedMention n) || r == null) return r;
            ResolvedCorpus.ResolvedMention law = numbered.get(n.slug());
            if (law == null) return r;
            Integer year = lawYear(n, x), lawYear = law.mention() instanceof NotationMention nm ? nm.notation().year() : null;
            if (year != null && lawYear != null && !year.equals(lawYear)) return r;
            return new ResolvedCorpus.ResolvedMention(m, law.key(), law.resolution(), law.candidates());
        });
    }

    /** The year printed after a law's name: "năm 2014", "2024", "ngày 29 tháng 6 năm 2024", "ngày 20/11/2014". */
    private static final java.util.regex.Pattern LAW_YEAR = java.util.regex.Pattern.compile(
            "\\s+(?:n[a-z]m\\s+|ng[a-z]?y\\s+\\d{1,2}(?:\\s+th[a-z]ng\\s+\\d{1,2}\\s+n[a-z]m\\s+|[/.-]\\d{1,2}[/.-]))?((?:19|20)\\d\\d)(?![\\d/])");
    private static final java.util.regex.Pattern YEAR_IN_NAME = java.util.regex.Pattern.compile("\\s+n[a-z]m\\s+((?:19|20)\\d\\d)$");

    /** A named law's year, within its span ("Luật Đất đai năm 2013;") or just after it; null for other named documents. */
    private static Integer lawYear(NamedMention m, FileExtraction x) {
        if (!m.typeClass().equals("Law") && !m.typeClass().equals("Ordinance")) return null;
        String f = x.text().folded();
        java.util.regex.Matcher in = YEAR_IN_NAME.matcher(f.substring(m.start(), m.end()));
        if (in.find()) return Integer.valueOf(in.group(1));
        java.util.regex.Matcher after = LAW_YEAR.matcher(f).region(m.end(), Math.min(f.length(), m.end() + 40));
        return after.lookingAt() ? Integer.valueOf(after.group(1)) : null;
    }

    /** What the reference data says of the central documents, to merge before anything the files say. */
    public List<Observation.Keyed> centralFacts() {
        List<Observation.Keyed> out = new ArrayList<>();
        for (CentralDocuments.Entry e : central.all()) {
            Observation o = centralObservation(e);
            out.add(new Observation.Keyed(o.series().at(String.valueOf(o.year())), o, null));
        }
        return out;
    }

    private Observation selfObservation(FileExtraction x, FileContext c) {
        Header h = x.header();
        NotationMention s = h.self();
        return new Observation(c.selfSeries, h.year(), h.typeClass() != null ? h.typeClass() : s.typeClass(), true,
                h.date(), s.terms(), c.selfBodyId, c.selfBodyFromCode, s.printed(), s.notation().canonical(), h.title(), null,
                x.fileName(), false);
    }

    private Observation mentionObservation(NotationMention m, FileExtraction x, FileContext c) {
        DocKey series = series(m.notation(), m.bodyText(), c);
        Integer year = m.date() != null ? Integer.valueOf(m.date().getYear()) : m.notation().year();
        String stated = statedBody(m.bodyText(), m.notation().issuerCode(), c);
        String body = stated != null ? stated : places.bodyIdForCode(m.notation().issuerCode(), c == null ? null : c.place).orElse(null);
        return new Observation(series, year, m.typeClass(), m.typeFromWord(), m.date(), m.terms(), body,
                stated == null && body != null, m.printed(), m.notation().canonical(), null, null, x.fileName(), false);
    }

    /**
     * A short form stands for the one document of its type and number this file cites in full; an alias for what its
     * antecedent resolved to. Null when there is no such document, or more than one.
     */
    private static ResolvedCorpus.ResolvedMention bind(Mention m, List<Mention> all,
            Map<Mention, ResolvedCorpus.ResolvedMention> resolved, ResolvedCorpus.ResolvedMention self) {
        Mention to = null;
        if (m instanceof AliasMention a) {
            to = a.antecedent();
        } else if (m instanceof ShortMention s) {
            Set<String> canonical = new java.util.HashSet<>();
            for (Mention o : all) {
                if (o instanceof NotationMention n && n.typeFromWord() && n.typeClass().equals(s.typeClass())
                        && n.notation().bareNumber().equals(s.number())) {
                    if (canonical.add(n.notation().canonical()) && to == null) to = n;
                }
            }
            if (canonical.size() != 1) return null;
        }
        if (to == null) return null;
        ResolvedCorpus.ResolvedMention r = resolved.get(to);
        if (r == null && self != null && to.span().equals(self.mention().span())) r = self;
        return r == null ? null : new ResolvedCorpus.ResolvedMention(m, r.key(), r.resolution(), r.candidates());
    }

    private ResolvedCorpus.ResolvedMention resolveMention(Mention mention, FileExtraction x, FileContext c, YearIndex index,
            Map<DocKey, Set<Integer>> local, List<Observation.Keyed> obs, List<Problem> problems) {
        if (mention instanceof NamedMention m) {
            // A law is renamed by no new law: "Luật Bảo hiểm xã hội" of 2014 and of 2024 are two, told by their years.
            Integer year = lawYear(m, x);
            Set<Integer> inFile = local.getOrDefault(DocKey.named("named/" + m.slug()), Set.of());
            if (year == null && inFile.size() == 1) year = inFile.iterator().next();
            DocKey k = DocKey.named("named/" + m.slug() + (year == null ? "" : "/" + year));
            obs.add(new Observation.Keyed(k, new Observation(k, year, m.typeClass(), true, null, List.of(), null, false,
                    null, null, null, m.label(), x.fileName(), false), null));
            return new ResolvedCorpus.ResolvedMention(m, k, "resolved", List.of());
        }
        if (mention instanceof ConferenceMention m) {
            Optional<CentralDocuments.Entry> e = central.byConference(m.typeClass(), m.conference(), m.term());
            if (e.isPresent()) {
                Observation o = centralObservation(e.get());
                DocKey k = o.series().at(String.valueOf(o.year()));
                obs.add(new Observation.Keyed(k, new Observation(o.series(), o.year(), m.typeClass(), true, null,
                        List.of(m.term()), o.bodyId(), false, null, o.notation(), null, m.label(), x.fileName(), false), null));
                return new ResolvedCorpus.ResolvedMention(m, k, "resolved", List.of());
            }
            DocKey k = DocKey.named("named/" + Slugs.slug(m.label()));
            obs.add(new Observation.Keyed(k, new Observation(k, null, m.typeClass(), true, null, List.of(m.term()), null, false,
                    null, null, null, m.label(), x.fileName(), false), null));
            problems.add(Problem.warning(x.fileName(), "\"" + m.label() + "\" is not a known central document; kept by name"));
            return new ResolvedCorpus.ResolvedMention(m, k, "unresolved", List.of());
        }
        NotationMention m = knownCode((NotationMention) mention, x, c, index, problems);
        Observation self = mentionObservation(m, x, c);
        DocKey series = self.series();
        if (self.year() != null) {
            DocKey k = series.at(String.valueOf(self.year()));
            obs.add(new Observation.Keyed(k, self, null));
            return new ResolvedCorpus.ResolvedMention(m, k, "resolved", List.of());
        }
        // Undated: the years known anywhere that fit (not after the citing text, the printed term, the printed
        // body), then, among those, the years this same file prints with a dated mention.
        List<YearIndex.Fact> known = index.facts(series);
        Set<Integer> years = new TreeSet<>();
        for (YearIndex.Fact f : known) years.add(f.year());
        Integer citingYear = c.selfYear;
        years.removeIf(y -> citingYear != null && y > citingYear);
        if (!m.terms().isEmpty()) {
            Set<Integer> fit = new TreeSet<>(years);
            fit.removeIf(y -> m.terms().stream().noneMatch(t -> Terms.contains(t, y)));
            if (!fit.isEmpty()) years = fit;
        }
        if (self.bodyId() != null && m.bodyText() != null) {
            Set<Integer> fit = new TreeSet<>(years);
            fit.removeIf(y -> {
                List<String> bodies = known.stream().filter(f -> y == f.year() && f.bodyId() != null)
                        .map(YearIndex.Fact::bodyId).toList();
                return !bodies.isEmpty() && bodies.stream().noneMatch(b -> places.compatible(b, self.bodyId()));
            });
            if (!fit.isEmpty()) years = fit;
        }
        Set<Integer> sameFile = new TreeSet<>(local.getOrDefault(series, Set.of()));
        sameFile.retainAll(years);
        if (!sameFile.isEmpty()) years = sameFile;
        if (years.size() == 1) {
            DocKey k = series.at(String.valueOf(years.iterator().next()));
            obs.add(new Observation.Keyed(k, self, null));
            return new ResolvedCorpus.ResolvedMention(m, k, "resolved", List.of());
        }
        String when = m.terms().isEmpty() ? "undated" : "khoa-" + m.terms().get(0).toLowerCase();
        DocKey k = series.at(when);
        if (years.size() > 1) {
            List<DocKey> cands = years.stream().map(y -> series.at(String.valueOf(y))).toList();
            obs.add(new Observation.Keyed(k, self, cands));
            problems.add(Problem.warning(x.fileName(), "%s matches %d documents (%s); kept apart, flagged ambiguous"
                    .formatted(m.notation().canonical(), cands.size(), years)));
            return new ResolvedCorpus.ResolvedMention(m, k, "ambiguous", cands);
        }
        obs.add(new Observation.Keyed(k, self, null));
        return new ResolvedCorpus.ResolvedMention(m, k, "resolved", List.of());
    }

    /**
     * A notation whose issuer code no rule knows ("18-KL/IW": OCR for TW) is warned of, once a file; when one edit
     * makes it a known code whose document of that type and number (and year, if printed) the corpus knows, and only
     * one, it is read as that document. A state notation is not read as a Party organ's, nor a Party one as a state
     * body's: "216/QĐ-TM" is not 216/QĐ-TW.
     */
    private NotationMention knownCode(NotationMention m, FileExtraction x, FileContext c, YearIndex index, List<Problem> problems) {
        Notation n = m.notation();
        if (scopes.levelOf(n.issuerCode()) != Scopes.Level.UNKNOWN) return m;
        Integer year = m.date() != null ? Integer.valueOf(m.date().getYear()) : n.year();
        Map<String, Notation> fits = new java.util.TreeMap<>();
        for (String code : oneEdit(n.issuerCode())) {
            Scopes.Level level = scopes.levelOf(code);
            if (level == Scopes.Level.UNKNOWN || level == (n.state() ? Scopes.Level.CENTRAL : Scopes.Level.STATE)) continue;
            Notation v = new Notation(n.state(), n.number(), n.typeCode(), code, n.unitCode(), n.year());
            if (index.facts(series(v, m.bodyText(), c)).stream().anyMatch(f -> year == null || f.year() == year)) fits.put(code, v);
        }
        String said = "issuer code %s in %s is not known".formatted(n.issuerCode(), m.printed());
        if (fits.size() == 1) said += "; read as " + fits.values().iterator().next().canonical() + ", one letter off and cited elsewhere";
        else if (fits.size() > 1) said += "; it could be any of " + fits.keySet();
        if (c.unknownCodes.add(n.issuerCode() + (fits.size() == 1 ? " " + n.bareNumber() : ""))) {
            int[] lc = x.text().lineColumn(x.text().originalStart(m.start()));
            problems.add(new Problem(x.fileName(), lc[0], lc[1], Problem.Severity.WARNING, said));
        }
        if (fits.size() != 1) return m;
        return new NotationMention(m.span(), m.group(), m.printed(), fits.values().iterator().next(), m.typeClass(),
                m.typeFromWord(), m.date(), m.bodyText(), m.terms(), m.selfHeader());
    }

    /** Every code one substitution, insertion or deletion of a capital letter away. */
    private static Set<String> oneEdit(String code) {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZĐ";
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i <= code.length(); i++) {
            if (i < code.length()) out.add(code.substring(0, i) + code.substring(i + 1));
            for (char l : letters.toCharArray()) {
                out.add(code.substring(0, i) + l + code.substring(i));
                if (i < code.length()) out.add(code.substring(0, i) + l + code.substring(i + 1));
            }
        }
        out.remove(code);
        out.remove("");
        return out;
    }

    private DocKey selfKey(FileExtraction x, FileContext c, List<Observation.Keyed> obs) {
        Header h = x.header();
        if (c.selfSeries != null) {
            String when = h.year() != null ? String.valueOf(h.year())
                    : h.self().terms().isEmpty() ? "undated" : "khoa-" + h.self().terms().get(0).toLowerCase();
            DocKey k = c.selfSeries.at(when);
            obs.add(new Observation.Keyed(k, selfObservation(x, c), null));
            return k;
        }
        DocKey k = DocKey.named("text/" + Slugs.slug(x.fileName()));
        obs.add(new Observation.Keyed(k, new Observation(k, h.year(), h.typeClass() != null ? h.typeClass() : "SourceText",
                h.typeClass() != null, h.date(), List.of(), c.selfBodyId, c.selfBodyFromCode, null, null, h.title(),
                x.fileName(), x.fileName(), false), null));
        return k;
    }

    /** Everything said of one document, merged: votes for type and date, the reference data first for the notation. */
    public ResolvedCorpus.Doc merge(DocKey key, Tally obs, List<DocKey> candidates, Consumer<Problem> problems) {
        String typeClass = obs.vote(o -> o.typeFromWord() ? o.typeClass() : null);
        if (typeClass == null || typeClass.equals("Document")) {
            String byCode = obs.vote(o -> "Document".equals(o.typeClass()) ? null : o.typeClass());
            if (byCode != null) typeClass = byCode;
        }
        if (typeClass == null) typeClass = "Document";
        List<Observation> ref = obs.distinct().stream().filter(Observation::reference).toList();
        LocalDate date = obs.vote(Observation::date);
        if (date == null) date = ref.stream().map(Observation::date).filter(Objects::nonNull).findFirst().orElse(null);
        Set<LocalDate> dates = new TreeSet<>(obs.count(Observation::date).keySet());
        if (dates.size() > 1) {
            problems.accept(Problem.warning(obs.firstFile() == null ? "(reference data)" : obs.firstFile(),
                    "%s is dated %s in different places; using %s".formatted(key.path(), dates, date)));
        }
        Set<String> terms = new TreeSet<>();
        obs.distinct().forEach(o -> terms.addAll(o.terms()));
        String notation = ref.stream().map(Observation::notation).filter(Objects::nonNull).findFirst()
                .orElse(obs.vote(Observation::notation));
        List<String> printed = obs.count(Observation::printed).keySet().stream().sorted().toList();
        String bodyId = issuer(obs, ref);
        String title = obs.distinct().stream().map(Observation::title).filter(Objects::nonNull).findFirst().orElse(null);
        List<String> aliases = obs.count(Observation::label).keySet().stream()
                .filter(l -> !key.isNamed() || key.slug().startsWith("named/")).sorted().toList();
        String label = key.isNamed() ? (aliases.isEmpty() ? key.slug() : aliases.get(0))
                : types.byClass(typeClass).map(t -> t.vi()).orElse("Văn bản") + " " + notation;
        String resolution = candidates != null ? "ambiguous" : key.when() != null && key.when().equals("undated") ? "undated" : "resolved";
        String jurisdiction = key.scope() == null ? null : key.scope();
        boolean fromRef = !ref.isEmpty() && obs.distinct().stream().allMatch(Observation::reference);
        return new ResolvedCorpus.Doc(key, notation, printed, typeClass, date, List.copyOf(terms), bodyId, jurisdiction,
                title, aliases, label, fromRef, resolution, candidates == null ? List.of() : candidates);
    }

    /**
     * Who issued it: the reference data's body, else what most texts print (57-NQ/TW "của Bộ Chính trị"), else what
     * the issuer codes imply. A code says little: TW is printed for the Central Committee, the Politburo and the
     * Secretariat alike, and uncited bodies must not outvote the printed ones.
     */
    private static String issuer(Tally obs, List<Observation> ref) {
        String data = ref.stream().map(Observation::bodyId).filter(Objects::nonNull).findFirst().orElse(null);
        if (data != null) return data;
        String stated = mostSpecific(obs.count(o -> o.bodyFromCode() ? null : o.bodyId()));
        return stated != null ? stated : mostSpecific(obs.count(Observation::bodyId));
    }

    /** The deepest body id (ban-thuong-vu-tinh-uy over tinh-uy): most path segments, then most named, then first named. */
    private static String mostSpecific(Map<String, Integer> count) {
        String best = null;
        int bestDepth = -1, bestCount = 0;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            int depth = e.getKey().split("/").length;
            if (depth > bestDepth || depth == bestDepth && e.getValue() > bestCount) {
                best = e.getKey();
                bestDepth = depth;
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private Observation centralObservation(CentralDocuments.Entry e) {
        Notation n = parseNotation(e.notation());
        DocKey series = series(n, null, null);
        return new Observation(series, e.date().getYear(), e.typeClass(), true, e.date(),
                e.term() == null ? List.of() : List.of(e.term()), e.body(), false, null, e.notation(), e.title(), null, null, true);
    }

    private static final java.util.regex.Pattern PARTY_CANONICAL = java.util.regex.Pattern.compile("(\\d+)-([^/]+)/(.+)");

    private static Notation parseNotation(String canonical) {
        java.util.regex.Matcher p = PARTY_CANONICAL.matcher(canonical);
        if (p.matches()) return new Notation(false, p.group(1), p.group(2), p.group(3), null, null);
        String[] parts = canonical.split("/");
        if (parts.length == 3) {
            String[] ti = parts[2].split("-", 2);
            return ti.length == 2 ? new Notation(true, parts[0], ti[0], ti[1], null, Integer.parseInt(parts[1]))
                    : new Notation(true, parts[0], null, parts[2], null, Integer.parseInt(parts[1]));
        }
        String[] ti = parts[1].split("-", 2);
        return new Notation(true, parts[0], ti[0], ti.length > 1 ? ti[1] : null, null, null);
    }

    DocKey series(Notation n, String bodyText, FileContext c) {
        String scope = scopeFor(n, bodyText, c);
        String typeCode = n.typeCode() != null ? n.typeCode() : (n.state() && n.unitCode() != null ? "cv" : "x");
        String issuer = n.unitCode() != null && n.typeCode() == null ? n.issuerCode() + "-" + n.unitCode() : n.issuerCode();
        return new DocKey(scope, issuer, typeCode, n.bareNumber(), null, null);
    }

    private String scopeFor(Notation n, String bodyText, FileContext c) {
        Scopes.Level level = scopes.levelOf(n.issuerCode());
        if (level == Scopes.Level.CENTRAL) return "tw";
        if (level == Scopes.Level.STATE) return "vn";
        Places.Place named = bodyText == null ? null : places.findIn(bodyText).orElse(null);
        Places.Place ctx = named != null ? named : c == null ? null : c.place;
        String province = ctx == null ? "unknown-province" : ctx.province();
        if (level == Scopes.Level.DISTRICT) {
            String district = ctx != null && ctx.district() != null ? ctx.district() : "unknown-district";
            return province + "/" + district;
        }
        return province;
    }

    /**
     * The body printed with a mention ("của Bộ Chính trị"), or null. One its issuer code cannot stand for is another
     * phrase's: "Ban Chỉ đạo tổng kết Nghị quyết 18-NQ/TW của Chính phủ" (TW is no state body).
     */
    private String statedBody(String bodyText, String issuerCode, FileContext c) {
        if (bodyText == null) return null;
        Places.Place ctx = c == null ? null : c.place;
        String stated = places.bodyId(bodyText, ctx).orElse(null);
        if (stated == null) return null;
        String byCode = places.bodyIdForCode(issuerCode, places.findIn(bodyText).orElse(ctx)).orElse(null);
        return byCode == null || places.compatible(stated, byCode) ? stated : null;
    }

    /** Where a file is from and who it is by. */
    static final class FileContext {
        Places.Place place;
        DocKey selfSeries;
        String selfBodyId;
        boolean selfBodyFromCode;
        Integer selfYear;
        /** The unknown issuer codes already warned of in this file. */
        final Set<String> unknownCodes = new java.util.HashSet<>();
    }

    private FileContext context(FileExtraction x) {
        Header h = x.header();
        FileContext c = new FileContext();
        List<String> clues = new ArrayList<>(h.organLines());
        if (h.place() != null) clues.add(h.place());
        if (h.closingBody() != null) clues.add(h.closingBody());
        Places.Place province = null, district = null;
        for (String clue : clues) {
            Optional<Places.Place> p = places.findIn(clue);
            if (p.isEmpty()) continue;
            if (p.get().district() != null && district == null) district = p.get();
            if (province == null) province = p.get();
        }
        if (province == null) {
            String head = x.text().text().substring(0, Math.min(x.text().length(), 4000));
            province = places.findIn(head).orElse(null);
        }
        c.place = district != null ? district : province;
        c.selfYear = h.year();
        if (h.self() != null) {
            c.selfSeries = series(h.self().notation(), null, c);
        }
        // The issuing body: the most specific organ line (or the closing paragraph, or the issuer code); when the
        // signature says "T/M BAN THƯỜNG VỤ", that committee's standing committee.
        String body = null;
        List<String> organs = new ArrayList<>(h.organLines());
        if (h.closingBody() != null) organs.add(h.closingBody());
        for (String line : organs) {
            String id = places.bodyId(line, c.place).orElse(null);
            if (id != null && (body == null || id.split("/").length >= body.split("/").length)) body = id;
        }
        if (body == null && h.self() != null) {
            body = places.bodyIdForCode(h.self().notation().issuerCode(), c.place).orElse(null);
            c.selfBodyFromCode = body != null;
        }
        if (body != null && h.onBehalfOf() != null && Folding.fold(h.onBehalfOf()).contains("thuong vu")) {
            body = places.standingCommittee(body);
            c.selfBodyFromCode = false;
        } else if (body != null && h.onBehalfOf() != null && h.self() != null && !h.self().notation().state()) {
            // A Party code is shared by the organs within a committee: "T/M BAN BÍ THƯ" under "BAN CHẤP HÀNH TRUNG ƯƠNG".
            String signedFor = places.bodyId(h.onBehalfOf(), c.place).orElse(null);
            if (signedFor != null && places.compatible(signedFor, body)) {
                body = signedFor;
                c.selfBodyFromCode = false;
            }
        }
        c.selfBodyId = body;
        return c;
    }
}
