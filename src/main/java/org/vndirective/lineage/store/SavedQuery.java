package org.vndirective.lineage.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;

/**
 * A saved query from {@code queries/}: its header ({@code # title:}, {@code # answers:}, {@code # param: name =
 * default}) and its text. Parameters are bound as literals by Jena's {@link ParameterizedSparqlString}, which
 * escapes them, so a parameter cannot change the query.
 */
public record SavedQuery(String name, String title, String answers, Map<String, String> params, String text) {
    private static final Pattern PARAM = Pattern.compile("^#\\s*param:\\s*(\\w+)\\s*=\\s*(.*?)\\s*$");
    public static final List<String> NAMES = List.of("upstream-chain", "ancestors", "downstream-tree", "path-between", "reviews-of",
            "documents-by-body-year", "links-with-evidence", "unresolved-mentions", "self-link-violation",
            "implements-before-implemented-violation", "document-without-type-or-body-violation",
            "coverage-of", "implementations-by-level", "province-year", "links-in-file", "assignments-under", "deadlines-between",
            "reporting-duties");

    public boolean isViolationCheck() { return name.endsWith("-violation"); }

    /** A query file of the user's: its header is optional (the title is then the file's name, it has no parameters). */
    public static SavedQuery read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        return parse(name, Files.readString(file), false);
    }

    /** A query packaged in the jar (queries/NAME.rq). */
    public static SavedQuery packaged(String name) {
        try (InputStream in = SavedQuery.class.getResourceAsStream("/queries/" + name + ".rq")) {
            if (in == null) throw new IllegalArgumentException("no saved query " + name + "; known: " + NAMES);
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read packaged query " + name, e);
        }
    }

    public static SavedQuery parse(String name, String text) { return parse(name, text, true); }

    /** With {@code strict} (the saved queries), a query needs its '# title:' and '# answers:' lines. */
    public static SavedQuery parse(String name, String text, boolean strict) {
        String title = null;
        StringBuilder answers = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
        boolean inAnswers = false;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) break;
            Matcher p = PARAM.matcher(line);
            if (line.startsWith("# title:")) { title = line.substring(8).strip(); inAnswers = false; }
            else if (line.startsWith("# answers:")) { answers.append(line.substring(10).strip()); inAnswers = true; }
            else if (p.matches()) { params.put(p.group(1), p.group(2)); inAnswers = false; }
            else if (inAnswers) answers.append(' ').append(line.substring(1).strip());
        }
        if (!strict) return new SavedQuery(name, title != null ? title : name, answers.toString(), params, text);
        if (title == null || answers.isEmpty()) throw new IllegalArgumentException(name + ".rq needs '# title:' and '# answers:' header lines");
        return new SavedQuery(name, title, answers.toString(), params, text);
    }

    /** The query with parameters bound: the given values, else the defaults of the header. */
    public Query bind(Map<String, String> values) {
        for (String k : values.keySet()) {
            if (!params.containsKey(k)) throw new IllegalArgumentException(name + " has no parameter " + k + "; it takes " + params.keySet());
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
        params.forEach((k, def) -> pss.setLiteral(k, values.getOrDefault(k, def)));
        return pss.asQuery();
    }
}
