package org.vndirective.lineage.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.vndirective.lineage.text.Folding;

/**
 * {@link Places} over the body registry: province and district names found in text, OCR-tolerant. The names are a
 * trie over folded characters, walked once from each word start of the text, so a text costs one pass over its
 * letters whatever the number of places (a regex alternation of all names, tried at every offset, was most of the
 * resolver's time on the crawl).
 */
public final class RegistryPlaces implements Places {
    /** A whitespace run in a name: one or more of the text's {@code \s} characters. */
    private static final char SPACE = ' ';
    /** Đ in a name: d, or the p that OCR reads it as ("Lam Pong"). */
    private static final char D_OR_P = 'đ';

    private final BodyRegistry registry;
    /** Longest name first, then by path: when names start at the same offset, the first in this list wins. */
    private final List<Place> places;
    private final Trie root = new Trie();

    /** A trie node: its children by folded character ({@link #SPACE}, {@link #D_OR_P} or a letter as it folds). */
    private static final class Trie {
        final Map<Character, Trie> next = new HashMap<>();
        /** The smallest index in {@link #places} of a name that ends here, or -1. */
        int place = -1;
    }

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
        for (int i = 0; i < places.size(); i++) {
            Trie n = root;
            for (char c : places.get(i).name().strip().toCharArray()) n = n.next.computeIfAbsent(key(c), k -> new Trie());
            if (n.place < 0) n.place = i;
        }
    }

    private static final RegistryPlaces STANDARD = new RegistryPlaces(BodyRegistry.load());

    public static RegistryPlaces standard() { return STANDARD; }

    /** A name's character as the trie holds it: folded, spaces flexible, Đ also as P. */
    private static char key(char c) {
        if (c == 'Đ' || c == 'đ') return D_OR_P;
        if (Character.isWhitespace(c)) return SPACE;
        return Folding.fold(c);
    }

    /**
     * The first place named: at the first offset where a name starts, not after a letter a–z and not followed by
     * one (in folded text), the first name of {@link #places} that matches there.
     */
    @Override public Optional<Place> findIn(String text) {
        int n = text.length();
        char before = 0;
        for (int i = 0; i < n; i++) {
            char c = Folding.fold(text.charAt(i));
            if (!isAsciiLower(before)) {
                int best = best(text, i, c, root, Integer.MAX_VALUE);
                if (best != Integer.MAX_VALUE) return Optional.of(places.get(best));
            }
            before = c;
        }
        return Optional.empty();
    }

    /** The smallest place index of a name going on from {@code node} at offset {@code i} (whose folded char is c). */
    private int best(String text, int i, char c, Trie node, int best) {
        if (isSpace(c)) {
            Trie next = node.next.get(SPACE);
            // A run of spaces in a name takes one or more spaces of the text.
            for (int j = i; next != null && j < text.length() && isSpace(text.charAt(j)); j++) best = step(text, j + 1, next, best);
            return best;
        }
        Trie next = node.next.get(c);
        if (next != null) best = step(text, i + 1, next, best);
        if (c == 'd' || c == 'p') {
            next = node.next.get(D_OR_P);
            if (next != null) best = step(text, i + 1, next, best);
        }
        return best;
    }

    /** At {@code node} with the text's offset {@code i} next: a name that ends here (at a word's end), or longer ones. */
    private int step(String text, int i, Trie node, int best) {
        char c = i < text.length() ? Folding.fold(text.charAt(i)) : 0;
        if (node.place >= 0 && node.place < best && !isAsciiLower(c)) best = node.place;
        return i < text.length() && !node.next.isEmpty() ? best(text, i, c, node, best) : best;
    }

    private static boolean isAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

    /** The regex {@code \s}: what folding leaves a space as. */
    private static boolean isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'; }

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
