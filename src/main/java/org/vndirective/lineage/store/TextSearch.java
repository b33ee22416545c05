package org.vndirective.lineage.store;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.FmtUtils;

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
     * written as an IRI so Jena's parser takes the query too. Virtuoso gives no score without its own syntax: every
     * hit is 1. Its index does not fold diacritics: "chi thi" does not find "Chỉ thị".
     */
    TextSearch VIRTUOSO = new TextSearch() {
        @Override public String pattern(String hit, String score, String words, int limit, int n) {
            String q = words(words).stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(" AND "));
            String p = "?textP" + n, text = "?text" + n;
            return "{ " + hit + " " + p + " " + text + " . " + text + " <bif:contains> " + lit("'" + q + "'")
                    + " FILTER(" + predicates(p) + ") BIND(1 AS " + score + ") }";
        }

        @Override public String name() { return "virtuoso"; }
    };

    /** Any SPARQL 1.1 engine: case-insensitive substring tests, every word (slow: it reads every indexed literal). */
    TextSearch CONTAINS = new TextSearch() {
        @Override public String pattern(String hit, String score, String words, int limit, int n) {
            String p = "?textP" + n, text = "?text" + n;
            String tests = words(words).stream().map(w -> "CONTAINS(LCASE(STR(" + text + ")), " + lit(w) + ")").collect(Collectors.joining(" && "));
            return "{ " + hit + " " + p + " " + text + " FILTER(" + predicates(p) + ") FILTER(" + (tests.isEmpty() ? "false" : tests)
                    + ") BIND(1 AS " + score + ") }";
        }

        @Override public String name() { return "contains"; }
    };

    /** The words, lower case, without Lucene's operators or characters a full-text syntax reads as operators. */
    static List<String> words(String text) {
        String plain = text.replaceAll("\\b(AND|OR|NOT)\\b", " ").replaceAll("~\\d*", " ");
        return List.of(plain.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}&&[^/\\-.]]", " ").strip().split("\\s+"))
                .stream().filter(w -> !w.isEmpty()).toList();
    }

    private static String lit(String s) { return FmtUtils.stringForNode(NodeFactory.createLiteralString(s)); }

    private static String predicates(String p) {
        return p + " IN (" + LineageStore.INDEXED.stream().map(Node::getURI).map(u -> "<" + u + ">").collect(Collectors.joining(", ")) + ")";
    }
}
