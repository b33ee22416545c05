package org.vndirective.lineage.read;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tika's XHTML body to plain text and page starts ({@code <div class="page">}, one per PDF page), bounded: past the
 * page or character limit, or the deadline, it stops the parse, keeping what it has.
 */
final class PageCollector extends DefaultHandler {
    /** Thrown through the parser to stop it; {@link #reason} says why. */
    static final class Stop extends SAXException {
        Stop(String reason) { super(reason); }
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> pageStarts = new ArrayList<>();
    private final int maxPages;
    private final int maxChars;
    private final long deadline;
    private String stopped;

    PageCollector(int maxPages, int maxChars, long deadlineNanos) {
        this.maxPages = maxPages;
        this.maxChars = maxChars;
        this.deadline = deadlineNanos;
    }

    @Override public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        checkTime();
        if ("div".equals(local) && "page".equals(atts.getValue("class"))) {
            if (pageStarts.size() == maxPages) stop("read only the first %d pages".formatted(maxPages));
            pageStarts.add(text.length());
        }
    }

    @Override public void characters(char[] ch, int start, int length) throws SAXException {
        if (text.length() + length > maxChars) {
            text.append(ch, start, maxChars - text.length());
            stop("read only the first %,d characters".formatted(maxChars));
        }
        text.append(ch, start, length);
    }

    @Override public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void checkTime() throws Stop {
        if (System.nanoTime() - deadline > 0) stop("stopped reading after the time limit");
    }

    private void stop(String reason) throws Stop {
        stopped = reason;
        throw new Stop(reason);
    }

    String text() { return text.toString(); }

    List<Integer> pageStarts() { return pageStarts; }

    /** Why the parse was cut short, or null. */
    String stopped() { return stopped; }

    /** The text of page {@code i} (0-based). */
    String page(int i) {
        int end = i + 1 < pageStarts.size() ? pageStarts.get(i + 1) : text.length();
        return text.substring(pageStarts.get(i), end);
    }
}
