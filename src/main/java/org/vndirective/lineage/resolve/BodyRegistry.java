package org.vndirective.lineage.resolve;

import org.vndirective.lineage.text.Spaces;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.vndirective.lineage.extract.DataFiles;
import org.vndirective.lineage.text.Folding;
import org.vndirective.lineage.vocab.ORG;
import org.vndirective.lineage.vocab.VND;

/**
 * The issuing bodies of {@code bodies.json}: central organs and state bodies one by one, and the province- and
 * district-level organs instantiated for every province and listed district. Immutable; load once.
 */
public final class BodyRegistry {
    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");
    public enum Level { CENTRAL, PROVINCE, DISTRICT }

    /** One body; {@code province}/{@code district} are slugs, null above that level. */
    public record Body(String id, String name, String code, String parentId, Level level, boolean state,
                       String province, String district, String placeName, LocalDate validFrom, LocalDate validUntil,
                       String replacedBy) {}

    /** A name pattern: for a fixed body ({@code id}), or a template ({@code suffix}) at a province or district. */
    record Matcher(Pattern pattern, String id, String suffix, Level level, List<String> examples) {}

    private final List<Body> bodies;
    private final Map<String, Body> byId = new LinkedHashMap<>();
    private final List<Matcher> matchers;
    private final Map<String, Level> placeLevels = new LinkedHashMap<>();
    // Lookups run for every mention of a national corpus: indexes instead of scans over thousands of bodies.
    private final Map<String, List<Body>> byCode = new HashMap<>();
    private final Map<String, Body> standingCommittees = new HashMap<>();
    // The same few printed names recur in every file; OCR variants are bounded by the limit.
    private static final int NAME_CACHE_LIMIT = 100_000;
    private final Map<String, Optional<Matcher>> nameCache = new ConcurrentHashMap<>();

    private BodyRegistry(JsonNode root) {
        List<Body> out = new ArrayList<>();
        List<Matcher> ms = new ArrayList<>();
        for (String part : List.of("central", "state")) {
            for (JsonNode b : root.get(part)) {
                out.add(new Body(b.get("id").asText(), b.get("name").asText(), b.get("code").asText(),
                        b.path("parent").asText(null), Level.CENTRAL, part.equals("state"), null, null, null,
                        date(b, "validFrom"), date(b, "validUntil"), null));
                ms.add(new Matcher(Pattern.compile(b.get("match").asText()), b.get("id").asText(), null, Level.CENTRAL, examples(b)));
            }
        }
        for (JsonNode t : root.get("provinceOrgans")) ms.add(new Matcher(Pattern.compile(t.get("match").asText()), null, t.get("suffix").asText(), Level.PROVINCE, examples(t)));
        for (JsonNode t : root.get("districtOrgans")) ms.add(new Matcher(Pattern.compile(t.get("match").asText()), null, t.get("suffix").asText(), Level.DISTRICT, examples(t)));
        for (JsonNode p : root.get("provinces")) {
            String ps = p.get("slug").asText();
            boolean city = p.get("kind").asText().equals("thành phố");
            LocalDate until = date(p, "validUntil");
            String replaced = p.hasNonNull("mergedInto") ? p.get("mergedInto").asText() + "/tinh-uy" : null;
            for (JsonNode t : root.get("provinceOrgans")) {
                String name = t.get("name").asText().replace("{Tỉnh ủy}", city ? "Thành ủy" : "Tỉnh ủy")
                        .replace("{tỉnh}", city ? "thành phố" : "tỉnh").replace("{P}", p.get("name").asText());
                LocalDate organUntil = date(t, "validUntil");
                out.add(new Body(ps + "/" + t.get("suffix").asText(), name, t.get("code").asText(),
                        t.hasNonNull("parent") ? ps + "/" + t.get("parent").asText() : null, Level.PROVINCE,
                        t.path("state").asBoolean(false), ps, null, p.get("name").asText(), null,
                        earlier(until, organUntil), t.get("suffix").asText().equals("tinh-uy") ? replaced : null));
            }
            for (JsonNode d : p.path("districts")) {
                String ds = d.get("slug").asText();
                String kind = d.get("kind").asText();
                String organ = switch (kind) { case "thị xã" -> "Thị ủy"; case "thành phố" -> "Thành ủy"; case "quận" -> "Quận ủy"; default -> "Huyện ủy"; };
                placeLevels.put(ps + "/" + ds, Level.DISTRICT);
                for (JsonNode t : root.get("districtOrgans")) {
                    out.add(new Body(ps + "/" + ds + "/" + t.get("suffix").asText(),
                            t.get("name").asText().replace("{Huyện ủy}", organ).replace("{D}", d.get("name").asText()),
                            t.get("code").asText(), t.hasNonNull("parent") ? ps + "/" + ds + "/" + t.get("parent").asText() : ps + "/tinh-uy",
                            Level.DISTRICT, false, ps, ds, d.get("name").asText(), null, date(d, "validUntil"), null));
                }
            }
            placeLevels.put(ps, Level.PROVINCE);
        }
        bodies = List.copyOf(out);
        for (Body b : bodies) {
            byId.put(b.id(), b);
            byCode.computeIfAbsent(b.code(), k -> new ArrayList<>()).add(b);
            if (b.parentId() != null && b.id().contains("/ban-thuong-vu-")) standingCommittees.putIfAbsent(b.parentId(), b);
        }
        // Longest match wins ("Đảng ủy Khối Doanh nghiệp" over "Đảng ủy Khối"); on a tie, the longer pattern.
        ms.sort(Comparator.comparingInt((Matcher m) -> -m.pattern().pattern().length()));
        matchers = List.copyOf(ms);
    }

    private static final BodyRegistry STANDARD = new BodyRegistry(DataFiles.read("bodies.json"));

    public static BodyRegistry load() { return STANDARD; }

    public List<Body> all() { return bodies; }

    public Optional<Body> byId(String id) { return Optional.ofNullable(byId.get(id)); }

    List<Matcher> matchers() { return matchers; }

    /**
     * The body a printed name stands for ("Ban Thường vụ Tỉnh ủy", "Ban Chép hanh Trung wong Pang"), at the
     * given province and district (slugs, may be null) when the name is of a province or district organ.
     */
    public Optional<Body> findByName(String printed, String province, String district) {
        String f = Spaces.collapse(Folding.fold(printed)).strip();
        Optional<Matcher> found = nameCache.get(f);
        if (found == null) {
            found = bestMatcher(f);
            if (nameCache.size() < NAME_CACHE_LIMIT) nameCache.put(f, found);
        }
        for (Matcher m : found.stream().toList()) {
            String id = switch (m.level()) {
                case CENTRAL -> m.id();
                case PROVINCE -> province == null ? null : province + "/" + m.suffix();
                case DISTRICT -> province == null || district == null ? null : province + "/" + district + "/" + m.suffix();
            };
            return id == null ? Optional.empty() : byId(id);
        }
        return Optional.empty();
    }

    private Optional<Matcher> bestMatcher(String folded) {
        Matcher best = null;
        int bestEnd = -1;
        for (Matcher m : matchers) {
            java.util.regex.Matcher x = m.pattern().matcher(folded);
            if (x.lookingAt() && x.end() > bestEnd) { best = m; bestEnd = x.end(); }
        }
        return Optional.ofNullable(best);
    }

    /** The body a notation's issuer code stands for at a place: TU in lam-dong → lam-dong/tinh-uy. */
    public Optional<Body> byCode(String code, String province, String district) {
        String letters = TRAILING_DIGITS.matcher(code).replaceAll("");
        // The text's own place first: ĐUK in a Lâm Đồng text is Lâm Đồng's Đảng ủy Khối, not the central one.
        for (Level want : List.of(Level.DISTRICT, Level.PROVINCE, Level.CENTRAL)) {
            for (Body b : byCode.getOrDefault(letters, List.of())) {
                if (b.level() != want || b.parentId() != null && sameCodeAsParent(b)) continue;
                if (want == Level.CENTRAL
                        || want == Level.PROVINCE && b.province().equals(province)
                        || want == Level.DISTRICT && b.province().equals(province) && b.district().equals(district)) {
                    return Optional.of(b);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code inner} is {@code outer} or nested in it (Bộ Chính trị within Ban Chấp hành Trung ương). */
    public boolean isWithin(String inner, String outer) {
        for (Body b = byId.get(inner); b != null; b = b.parentId() == null ? null : byId.get(b.parentId())) {
            if (b.id().equals(outer)) return true;
        }
        return false;
    }

    /** The standing committee (Ban Thường vụ) of a committee, if it has one. */
    public Optional<Body> standingCommitteeOf(String committeeId) {
        return Optional.ofNullable(standingCommittees.get(committeeId));
    }

    /** Ban Thường vụ shares its code with the committee above it; a code means the committee. */
    private boolean sameCodeAsParent(Body b) {
        Body p = byId.get(b.parentId());
        return p != null && p.code().equals(b.code());
    }

    public void writeTo(StreamRDF out, Node g) {
        for (Body b : bodies) {
            Node s = NodeFactory.createURI(VND.ID + "body/" + b.id());
            emit(out, g, s, RDF.type.asNode(), ORG.Organization);
            emit(out, g, s, RDF.type.asNode(), VND.Body);
            emit(out, g, s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(b.name(), "vi"));
            emit(out, g, s, VND.code, NodeFactory.createLiteralString(b.code()));
            emit(out, g, s, VND.level, switch (b.level()) { case CENTRAL -> VND.levelCentral; case PROVINCE -> VND.levelProvince; case DISTRICT -> VND.levelDistrict; });
            if (b.parentId() != null) emit(out, g, s, ORG.subOrganizationOf, NodeFactory.createURI(VND.ID + "body/" + b.parentId()));
            if (b.placeName() != null) emit(out, g, s, VND.jurisdiction, NodeFactory.createLiteralString(b.placeName()));
            if (b.validFrom() != null) emit(out, g, s, VND.validFrom, NodeFactory.createLiteralDT(b.validFrom().toString(), XSDDatatype.XSDdate));
            if (b.validUntil() != null) emit(out, g, s, VND.validUntil, NodeFactory.createLiteralDT(b.validUntil().toString(), XSDDatatype.XSDdate));
            if (b.replacedBy() != null) emit(out, g, s, DCTerms.isReplacedBy.asNode(), NodeFactory.createURI(VND.ID + "body/" + b.replacedBy()));
        }
    }

    private static void emit(StreamRDF out, Node g, Node s, Node p, Node o) { out.quad(Quad.create(g, s, p, o)); }

    private static LocalDate date(JsonNode n, String field) {
        return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }

    private static List<String> examples(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.path("examples").forEach(e -> out.add(e.asText()));
        return out;
    }
}
