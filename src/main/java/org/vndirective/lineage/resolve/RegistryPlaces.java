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
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
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
            if (b.province() == null) continue;
            if (b.level() == BodyRegistry.Level.PROVINCE) byKey.putIfAbsent(b.province(), new Place(b.province(), null, b.placeName()));
            if (b.level() == BodyRegistry.Level.DISTRICT) {
                byKey.putIfAbsent(b.province() + "/" + b.district(), new Place(b.province(), b.district(), b.placeName()));
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

    /** A place named in the printed name ("Huyện ủy Đô Lương") wins over the text's own place. */
    @Override public Optional<String> bodyId(String printedName, Place context) {
        Place p = findIn(printedName).orElse(context);
        if (p != null && context != null && p.district() == null && p.province().equals(context.province())) p = context;
        return registry.findByName(printedName, p == null ? null : p.province(), p == null ? null : p.district())
                .map(BodyRegistry.Body::id);
    }

    @Override public Optional<String> bodyIdForCode(String issuerCode, Place context) {
        return registry.byCode(issuerCode, context == null ? null : context.province(),
                context == null ? null : context.district()).map(BodyRegistry.Body::id);
    }

    @Override public boolean compatible(String a, String b) {
        return a.equals(b) || registry.isWithin(a, b) || registry.isWithin(b, a);
    }

    @Override public String standingCommittee(String committeeId) {
        return registry.standingCommitteeOf(committeeId).map(BodyRegistry.Body::id).orElse(committeeId);
    }

    @Override public void writeReference(Consumer<Quad> out, Node g) {
        registry.writeTo(new StreamRDFBase() {
            @Override public void triple(Triple t) { out.accept(Quad.create(g, t)); }
            @Override public void quad(Quad q) { out.accept(q); }
        }, g);
    }

}
