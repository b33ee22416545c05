package org.vndirective.lineage.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.vndirective.lineage.extract.Slugs;
import org.vndirective.lineage.text.Folding;

/** {@link Places} over the body registry: province and district names found in text, OCR-tolerant. */
public final class RegistryPlaces implements Places {
    private final BodyRegistry registry;
    /** One alternation of every place name, longest first; group i → places.get(i). */
    private final Pattern names;
    private final List<Place> places;

    public RegistryPlaces(BodyRegistry registry) {
        this.registry = registry;
        Map<String, Place> byKey = new LinkedHashMap<>();
        for (BodyRegistry.Body b : registry.all()) {
            if (b.province() == null || b.state()) continue;
            String[] id = b.id().split("/");
            byKey.putIfAbsent(id[0], new Place(id[0], null, b.province()));
            if (b.level() == BodyRegistry.Level.DISTRICT && b.district() != null && id.length >= 3) {
                byKey.putIfAbsent(id[0] + "/" + id[1], new Place(id[0], id[1], b.district()));
            }
        }
        List<Place> list = new ArrayList<>(byKey.values());
        list.sort(Comparator.comparingInt((Place p) -> -p.name().length()).thenComparing(Place::path));
        places = List.copyOf(list);
        StringBuilder b = new StringBuilder("(?<![a-z])(?:");
        for (int i = 0; i < places.size(); i++) {
            if (i > 0) b.append('|');
            b.append("(").append(namePattern(places.get(i).name())).append(")");
        }
        names = Pattern.compile(b.append(")(?![a-z])").toString());
    }

    private static final RegistryPlaces STANDARD = new RegistryPlaces(BodyRegistry.load());

    public static RegistryPlaces standard() { return STANDARD; }

    /** Folded name, spaces flexible, and Đ also as the P that OCR reads it as ("Lam Pong"). */
    private static String namePattern(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.strip().toCharArray()) {
            if (c == 'Đ' || c == 'đ') b.append("[dp]");
            else if (Character.isWhitespace(c)) b.append("\\s+");
            else {
                char f = Folding.fold(c);
                b.append(Character.isLetterOrDigit(f) ? String.valueOf(f) : Pattern.quote(String.valueOf(f)));
            }
        }
        return b.toString();
    }

    @Override public Optional<Place> findIn(String text) {
        Matcher m = names.matcher(Folding.fold(text));
        if (!m.find()) return Optional.empty();
        for (int i = 1; i <= m.groupCount(); i++) if (m.group(i) != null) return Optional.of(places.get(i - 1));
        return Optional.empty();
    }

    @Override public Optional<String> bodyId(String printedName, Place context) {
        String province = context == null ? null : provinceName(context.province());
        return registry.findByName(printedName, province).map(BodyRegistry.Body::id);
    }

    @Override public Optional<String> bodyIdForCode(String issuerCode, Place context) {
        String province = context == null ? null : provinceName(context.province());
        String district = context == null || context.district() == null ? null : context.district();
        return registry.byCode(issuerCode, province, district).map(BodyRegistry.Body::id);
    }

    private String provinceName(String slug) {
        return places.stream().filter(p -> p.district() == null && p.province().equals(slug)).map(Place::name)
                .findFirst().orElse(slug);
    }

    @Override public void writeReference(Consumer<Quad> out, Node g) {
        StreamRDF sink = new StreamRDFBase() {
            @Override public void triple(Triple t) { out.accept(Quad.create(g, t)); }
            @Override public void quad(Quad q) { out.accept(Quad.create(g, q.asTriple())); }
        };
        registry.writeTo(sink, g);
    }

    static String slugOf(String name) { return Slugs.slug(name); }
}
