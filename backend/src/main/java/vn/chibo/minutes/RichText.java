package vn.chibo.minutes;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The minute-taker's rich text: an allow-list of paragraphs, line breaks, bold, italic, underline and lists, nothing
 * else (no script, no style, no links, no attributes). What the browser sends is cleaned here before it is stored,
 * and the exports read it back as plain paragraphs.
 */
final class RichText {

    static final int MAX_LENGTH = 100_000;

    private static final Safelist ALLOWED = Safelist.none().addTags("p", "br", "b", "strong", "i", "em", "u", "ul",
            "ol", "li");

    private RichText() {
    }

    /** The allowed part of {@code html}, normalised; an empty string for nothing. */
    static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        var dirty = Jsoup.parseBodyFragment(html);
        var clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
        var body = clean.body().html().strip();
        return plainText(body).isEmpty() ? "" : body;
    }

    /** Paragraphs as lines of text: a paragraph or list item is a line, a list item starts with "- " or "1. ". */
    static List<String> paragraphs(String html) {
        var lines = new ArrayList<String>();
        if (html == null || html.isBlank()) {
            return lines;
        }
        var body = Jsoup.parseBodyFragment(html).body();
        var current = new StringBuilder();
        collect(body, current, lines, null);
        flush(current, lines);
        return lines;
    }

    static String plainText(String html) {
        return String.join("\n", paragraphs(html)).strip();
    }

    private static void collect(Node node, StringBuilder current, List<String> lines, Element list) {
        for (var child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(text.text());
            }
            else if (child instanceof Element element) {
                switch (element.normalName()) {
                    case "br" -> flush(current, lines);
                    case "p" -> {
                        flush(current, lines);
                        collect(element, current, lines, list);
                        flush(current, lines);
                    }
                    case "ul", "ol" -> {
                        flush(current, lines);
                        collect(element, current, lines, element);
                        flush(current, lines);
                    }
                    case "li" -> {
                        flush(current, lines);
                        var ordered = list != null && list.normalName().equals("ol");
                        current.append(ordered ? (element.elementSiblingIndex() + 1) + ". " : "- ");
                        collect(element, current, lines, list);
                        flush(current, lines);
                    }
                    default -> collect(element, current, lines, list);
                }
            }
        }
    }

    private static void flush(StringBuilder current, List<String> lines) {
        var line = current.toString().replace('\u00a0', ' ').strip();
        if (!line.isEmpty()) {
            lines.add(line);
        }
        current.setLength(0);
    }
}
