package org.vndirective.lineage.store;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.vndirective.lineage.vocab.VND;

/**
 * A search for words, written for one store's full-text index: a SPARQL group that binds {@code ?hit} to each
 * resource whose indexed text (labels, titles, notations, evidence sentences: {@link LineageStore#INDEXED}) has
 * all the words, and {@code ?score} to how well it matches. Jena-text on TDB2; Virtuoso's {@code bif:contains}
 * on Virtuoso; plain SPARQL {@code CONTAINS} anywhere else (slow: it reads every indexed literal).
 */
public interface TextSearch {
    /**
     * The group for {@code words} (as a user typed them, or a Lucene query of words joined by AND), at most
     * {@code limit} hits where the index can cut; {@code n} makes its helper variables unique in a query.
     */
    String pattern(String hit, String score, String words, int limit, int n);

    /** The group with the variables {@code ?hit} and {@code ?score}. */
    default String pattern(String words, int limit) { return pattern("?hit", "?score", words, limit, 0); }

    /** Its name for {@code --search}. */
    String name();

    List<String> NAMES = List.of("jena-text", "virtuoso", "contains");

    /** jena-text's property function, as the explorer writes it: {@code (?d ?score) text:query ("words" 5000)}. */
    Pattern JENA_TEXT_CALL = Pattern.compile("(?:\\(\\s*(\\?\\w+)\\s+(\\?\\w+)\\s*\\)|(\\?\\w+))\\s+(?:text:query|<http://jena\\.apache\\.org/text#query>)\\s+"
            + "(?:\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(\\d+)?\\s*\\)|\"((?:[^\"\\\\]|\\\\.)*)\")");

    /**
     * A query written for jena-text (the explorer's search) made to run on this store: each {@code text:query} call
     * becomes this store's group. A pattern-level rewrite: the explorer's forms, not every form jena-text takes.
     */
    default String rewrite(String query) {
        Matcher m = JENA_TEXT_CALL.matcher(query);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            String hit = m.group(1) != null ? m.group(1) : m.group(3);
            String score = m.group(2) != null ? m.group(2) : "?textScore" + n;
            String words = (m.group(4) != null ? m.group(4) : m.group(6)).replaceAll("\\\\(.)", "$1");
            int limit = m.group(5) != null ? Integer.parseInt(m.group(5)) : 10_000;
            m.appendReplacement(out, Matcher.quoteReplacement(pattern(hit, score, words, limit, n++)));
        }
        return m.appendTail(out).toString();
    }

    static TextSearch named(String name) {
        return switch (name) {
            case "jena-text" -> JENA_TEXT;
            case "virtuoso" -> VIRTUOSO;
            case "contains" -> CONTAINS;
            default -> throw new IllegalArgumentException("--search takes one of " + NAMES + ": " + name);
        };
    }

    /** Lucene through jena-text: the words are ANDed, diacritics folded by the index's analyzer. */
    TextSearch JENA_TEXT = new TextSearch() {
        @Override public String pattern(String hit, String score, String words, int limit, int n) {
            String q = words(words).stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(" AND "));
            return "{ (" + hit + " " + score + ") <http://jena.apache.org/text#query> (" + lit(q) + " " + limit + ") }";
        }

        @Override public String rewrite(String query) { return query; }

        @Override public String name() { return "jena-text"; }
    };

    /**
     * Virtuoso's free-text index (it must cover the literals: {@code DB.DBA.RDF_OBJ_FT_RULE_ADD}); {@code bif:} is
     * written as an IRI so Jena's parser takes the query too. The index does not fold diacritics, so the words are
     * folded and also matched against the ingest's folded copies ({@code vnd:searchText}); a fuzzy word becomes the
     * words one edit away. Virtuoso gives no score without its own syntax: a shorter literal scores higher. At most
     * {@code limit} hits, any of them, not the best.
     */
    TextSearch VIRTUOSO = new TextSearch() {
        @Override public String pattern(String hit, String score, String words, int limit, int n) {
            String q = virtuoso(TextQuery.parse(words));
            String p = "?textP" + n, text = "?text" + n;
            if (q.isEmpty()) return nothing(hit, score);
            return limited(hit, score, limit, hit + " " + p + " " + text + " . " + text + " <bif:contains> " + lit(q)
                    + " FILTER(" + predicates(p) + ") BIND(" + byLength(text) + " AS " + score + ")");
        }

        @Override public String name() { return "virtuoso"; }
    };

    /**
     * Any SPARQL 1.1 engine: case-insensitive substring tests of the folded words, against the literals and their
     * folded copies (slow: it reads every indexed literal). Fuzzy words are matched as they are.
     */
    TextSearch CONTAINS = new TextSearch() {
        @Override public String pattern(String hit, String score, String words, int limit, int n) {
            String p = "?textP" + n, text = "?text" + n;
            String test = contains(TextQuery.parse(words), "LCASE(STR(" + text + "))");
            if (test.isEmpty()) return nothing(hit, score);
            return limited(hit, score, limit, hit + " " + p + " " + text + " FILTER(" + predicates(p) + ") FILTER(" + test + ") BIND(" + byLength(text) + " AS " + score + ")");
        }

        @Override public String name() { return "contains"; }
    };

    /** Virtuoso's free-text expression for {@code q}; empty when nothing is searched for. */
    static String virtuoso(TextQuery q) {
        if (q instanceof TextQuery.Word w) {
            if (!w.fuzzy()) return quoted(w.text());
            return "(" + TextQuery.nearby(w.text()).stream().filter(TextQuery::hasWord).map(TextSearch::quoted).collect(Collectors.joining(" OR ")) + ")";
        }
        if (q instanceof TextQuery.And a) {
            // Virtuoso has no NOT alone, only "x AND NOT y".
            String not = a.all().stream().filter(x -> x instanceof TextQuery.Not).map(x -> " AND NOT " + virtuoso(((TextQuery.Not) x).negated()))
                    .collect(Collectors.joining());
            return "(" + a.all().stream().filter(x -> !(x instanceof TextQuery.Not)).map(TextSearch::virtuoso).collect(Collectors.joining(" AND ")) + not + ")";
        }
        if (q instanceof TextQuery.Or o) {
            return "(" + o.any().stream().filter(x -> !(x instanceof TextQuery.Not)).map(TextSearch::virtuoso).collect(Collectors.joining(" OR ")) + ")";
        }
        return "";
    }

    private static String quoted(String word) { return "\"" + word + "\""; }

    /** A SPARQL test of {@code q} on the string {@code text}; empty when nothing is searched for. */
    static String contains(TextQuery q, String text) {
        if (q instanceof TextQuery.Word w) return "CONTAINS(" + text + ", " + lit(w.text()) + ")";
        if (q instanceof TextQuery.And a) return "(" + a.all().stream().map(x -> contains(x, text)).collect(Collectors.joining(" && ")) + ")";
        if (q instanceof TextQuery.Or o) return "(" + o.any().stream().map(x -> contains(x, text)).collect(Collectors.joining(" || ")) + ")";
        if (q instanceof TextQuery.Not x) return "!" + contains(x.negated(), text);
        return "";
    }

    /** The words, lower case, without Lucene's operators or characters a full-text syntax reads as operators. */
    static List<String> words(String text) {
        String plain = text.replaceAll("\\b(AND|OR|NOT)\\b", " ").replaceAll("~\\d*", " ");
        return List.of(plain.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}&&[^/\\-.]]", " ").strip().split("\\s+"))
                .stream().filter(w -> !w.isEmpty()).toList();
    }

    private static String lit(String s) { return FmtUtils.stringForNode(NodeFactory.createLiteralString(s)); }

    /** The indexed predicates and the folded copies of their literals. */
    private static String predicates(String p) {
        return p + " IN (" + Stream.concat(LineageStore.INDEXED.stream(), Stream.of(VND.searchText)).map(Node::getURI).map(u -> "<" + u + ">")
                .collect(Collectors.joining(", ")) + ")";
    }

    /** A score where the engine gives none: like Lucene's length norm, the words in a short literal count for more. */
    private static String byLength(String text) { return "10.0 / (10 + STRLEN(STR(" + text + ")))"; }

    /**
     * The first {@code limit} hits, as jena-text's limit cuts Lucene's: without it the engine joins every match
     * (380,000 for "ke hoach thuc hien" at 1M documents: 24 s on Virtuoso, 3.5 s with the limit). Any hits, not the
     * best: these engines rank nothing. DISTINCT, because a literal and its folded copy are one hit (same length, same score).
     */
    private static String limited(String hit, String score, int limit, String where) {
        return "{ SELECT DISTINCT " + hit + " " + score + " WHERE { " + where + " } LIMIT " + limit + " }";
    }

    /** A group that binds nothing: no words were left to search for. */
    private static String nothing(String hit, String score) { return "{ BIND(1 AS " + score + ") FILTER(false) }"; }
}
