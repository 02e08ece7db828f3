package org.xxgk.extract.html;

import java.util.Locale;
import java.util.Set;
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

    static boolean isPreformatted(String name) {
        return PREFORMATTED.contains(name);
    }

    static boolean isBlock(String name) {
        return BLOCKS.contains(name);
    }

    static boolean isSectioning(String name) {
        return SECTIONING.contains(name);
    }

    /**
     * Whether an element and everything in it is left out of the text: scripts, styles, forms,
     * {@code <nav>}, a page-level {@code <header>}/{@code <footer>} (site chrome; one inside an
     * article is kept), and hidden elements.
     *
     * @param insideSectioning whether the element is inside an article, main, section or table cell
     */
    static boolean isSkipped(Element element, boolean insideSectioning) {
        String name = element.normalName();
        if (SKIPPED.contains(name)) return true;
        if (!insideSectioning && (name.equals("header") || name.equals("footer"))) return true;
        return isHidden(element);
    }

    /** {@code hidden}, {@code style="display:none"} or {@code visibility:hidden}. */
    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden")) return true;
        String style = element.attr("style");
        if (style.isEmpty()) return false;
        StringBuilder compact = new StringBuilder(style.length());
        for (int i = 0; i < style.length(); i++) {
            char c = style.charAt(i);
            if (!InlineText.isCollapsible(c)) compact.append(c);
        }
        String s = compact.toString().toLowerCase(Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
