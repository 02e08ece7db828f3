package org.xxgk.extract.html;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/** What the walk makes of an element by its tag: a block boundary, a part to leave out, a sectioning root. */
final class HtmlTags {

    private HtmlTags() {}

    /** Elements that start and end a line of text (their boundaries separate text blocks and cell lines). */
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing",
            "main", "menu", "nav", "ol", "p", "plaintext", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp");

    /** Elements whose content is never read: code, metadata, form controls, embedded objects, site navigation. */
    private static final Set<String> SKIPPED = Set.of(
            "head", "title", "script", "style", "template", "noscript", "noframes", "select", "option", "datalist",
            "textarea", "input", "button", "iframe", "frame", "object", "embed", "applet", "audio", "video",
            "canvas", "svg", "math", "map", "nav", "colgroup", "col");

    /** Elements inside which a {@code <header>} or {@code <footer>} belongs to the content, not the site. */
    private static final Set<String> SECTIONING = Set.of("article", "main", "section", "td", "th");

    /** Elements whose white space and line breaks are kept as written. */
    private static final Set<String> PREFORMATTED = Set.of("pre", "listing", "xmp", "plaintext");

    /** Flag bits of {@link #flags}. */
    static final int BLOCK = 1;
    static final int SKIPPED_TAG = 2;
    static final int SECTIONING_TAG = 4;
    static final int PREFORMATTED_TAG = 8;
    /** {@code <header>} and {@code <footer>}: site chrome outside a sectioning element. */
    static final int CHROME = 16;
    static final int BREAK = 32;
    static final int TABLE = 64;

    // one lookup per element instead of one per set: the walks ask about every element of the page
    private static final Map<String, Integer> FLAGS = new HashMap<>();

    static {
        BLOCKS.forEach(name -> FLAGS.merge(name, BLOCK, (a, b) -> a | b));
        SKIPPED.forEach(name -> FLAGS.merge(name, SKIPPED_TAG, (a, b) -> a | b));
        SECTIONING.forEach(name -> FLAGS.merge(name, SECTIONING_TAG, (a, b) -> a | b));
        PREFORMATTED.forEach(name -> FLAGS.merge(name, PREFORMATTED_TAG, (a, b) -> a | b));
        FLAGS.merge("header", CHROME, (a, b) -> a | b);
        FLAGS.merge("footer", CHROME, (a, b) -> a | b);
        FLAGS.merge("br", BREAK, (a, b) -> a | b);
        FLAGS.merge("table", TABLE, (a, b) -> a | b);
    }

    /** The flag bits of a normalised tag name (0 for an inline or unknown element). */
    static int flags(String name) {
        Integer f = FLAGS.get(name);
        return f == null ? 0 : f;
    }

    /**
     * Whether an element and everything in it is left out of the text: scripts, styles, forms,
     * {@code <nav>}, a page-level {@code <header>}/{@code <footer>} (site chrome; one inside an
     * article is kept), and hidden elements.
     *
     * @param flags            the element's {@link #flags}
     * @param insideSectioning whether the element is inside an article, main, section or table cell
     */
    static boolean isSkipped(Element element, int flags, boolean insideSectioning) {
        if ((flags & SKIPPED_TAG) != 0) return true;
        if (!insideSectioning && (flags & CHROME) != 0) return true;
        return isHidden(element);
    }

    /** {@code hidden}, {@code style="display:none"} or {@code visibility:hidden}. */
    static boolean isHidden(Element element) {
        if (element.attributesSize() == 0) return false;
        // the parser lowers attribute names (Parser.htmlParser()'s settings): looked up as they are, no case folded
        Attributes attributes = element.attributes();
        if (attributes.hasKey("hidden")) return true;
        String style = attributes.get("style");
        if (style.isEmpty()) return false;
        // as if white space were removed and the style lower-cased, without making either string: Word exports
        // put a long style on nearly every element. The value is looked at first: few start with n or h.
        for (int colon = style.indexOf(':'); colon >= 0; colon = style.indexOf(':', colon + 1)) {
            int value = colon + 1;
            while (value < style.length() && InlineText.isCollapsible(style.charAt(value))) value++;
            if (value == style.length()) return false;
            char first = lowerAscii(style.charAt(value));
            if (first == 'n' && startsWith(style, value, "none") && endsWith(style, colon, "display")) return true;
            if (first == 'h' && startsWith(style, value, "hidden") && endsWith(style, colon, "visibility")) return true;
        }
        return false;
    }

    /**
     * Whether the non-white-space characters before {@code end} end with a lower-case ASCII word, in any case. Only
     * ASCII letters need folding: no other character lower-cases to a letter of these words (U+0130 becomes i
     * followed by a combining dot, which no word here has after an i).
     */
    private static boolean endsWith(String s, int end, String word) {
        int i = end;
        for (int k = word.length() - 1; k >= 0; k--) {
            do {
                i--;
            } while (i >= 0 && InlineText.isCollapsible(s.charAt(i)));
            if (i < 0 || lowerAscii(s.charAt(i)) != word.charAt(k)) return false;
        }
        return true;
    }

    /** Whether the non-white-space characters from {@code start} begin with a lower-case ASCII word, in any case. */
    private static boolean startsWith(String s, int start, String word) {
        int i = start - 1;
        for (int k = 0; k < word.length(); k++) {
            do {
                i++;
            } while (i < s.length() && InlineText.isCollapsible(s.charAt(i)));
            if (i >= s.length() || lowerAscii(s.charAt(i)) != word.charAt(k)) return false;
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
