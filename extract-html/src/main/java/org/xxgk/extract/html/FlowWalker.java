package org.xxgk.extract.html;

import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.xxgk.extract.ExtractionContext;

/**
 * One iterative walk (jsoup's {@link org.jsoup.select.NodeTraversor}, no recursion, so deep
 * nesting cannot overflow the stack) that lays out the visible text of a subtree as lines: block
 * boundaries and {@code <br>} end a line, skipped elements are left out entirely. What happens at
 * a {@code <table>} is the {@link Sink}'s decision.
 */
final class FlowWalker implements NodeFilter {

    /** Receives the lines and decides about tables. */
    interface Sink {
        /** A finished line of text (never empty). */
        void line(String text);

        /**
         * Called at a visible {@code <table>}, after the current line has ended: {@code true} to walk
         * into it as flow content, {@code false} when the sink has read it and the walk skips it.
         *
         * @param insideSectioning whether the table is inside an article, main, section or table cell
         */
        boolean enterTable(Element table, boolean insideSectioning);
    }

    static final int NODES_PER_TIME_CHECK = 4096;

    private final ExtractionContext context;
    private final Sink sink;
    private final InlineText text;
    private final boolean insideSectioning;
    private int sectioningDepth;
    private int preDepth;
    private int nodes;

    FlowWalker(ExtractionContext context, Sink sink, boolean insideSectioning) {
        this.context = context;
        this.sink = sink;
        this.text = new InlineText(sink::line);
        this.insideSectioning = insideSectioning;
        this.sectioningDepth = insideSectioning ? 1 : 0;
    }

    /** Makes the walker ready for another subtree (a table reader walks every cell with one walker). */
    void reset() {
        text.clear();
        sectioningDepth = insideSectioning ? 1 : 0;
        preDepth = 0;
    }

    // the flags of the element open at each depth of the walk, looked up at its head and read again at its tail
    private int[] flagsAt = new int[32];

    @Override
    public FilterResult head(Node node, int depth) {
        if (++nodes % NODES_PER_TIME_CHECK == 0) context.checkTime();
        if (node instanceof TextNode t) {
            if (preDepth > 0) {
                text.appendPreformatted(t.getWholeText());
            } else if (isBodyLevel(t)) {
                text.appendLines(t.getWholeText());
            } else {
                text.append(t.getWholeText());
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e))
            return FilterResult.CONTINUE; // comments, data nodes, doctype: nothing to read
        int flags = HtmlTags.flags(e.normalName());
        if (depth >= flagsAt.length) flagsAt = Arrays.copyOf(flagsAt, Math.max(depth + 1, flagsAt.length * 2));
        flagsAt[depth] = flags;
        if (HtmlTags.isSkipped(e, flags, sectioningDepth > 0)) return FilterResult.SKIP_ENTIRELY;
        if ((flags & HtmlTags.BREAK) != 0) {
            text.endLine();
            return FilterResult.CONTINUE;
        }
        if ((flags & HtmlTags.BLOCK) != 0) text.endLine();
        if ((flags & HtmlTags.TABLE) != 0 && !sink.enterTable(e, sectioningDepth > 0))
            return FilterResult.SKIP_ENTIRELY;
        if ((flags & HtmlTags.PREFORMATTED_TAG) != 0) preDepth++;
        if ((flags & HtmlTags.SECTIONING_TAG) != 0) sectioningDepth++;
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        // not called for nodes whose head returned SKIP_ENTIRELY, so the counters stay balanced
        if (node instanceof Element) {
            int flags = flagsAt[depth];
            if ((flags & HtmlTags.BLOCK) != 0) text.endLine();
            if ((flags & HtmlTags.PREFORMATTED_TAG) != 0) preDepth--;
            if ((flags & HtmlTags.SECTIONING_TAG) != 0) sectioningDepth--;
        }
        return FilterResult.CONTINUE;
    }

    /**
     * Text outside every element of the body: a file of Markdown or plain text that holds HTML tables (as PDF
     * converters write them: {@code # 标题}, paragraphs, then {@code <table>…</table>}) has its lines there, which a
     * browser would run together but its writer set apart.
     */
    private static boolean isBodyLevel(TextNode t) {
        Element p = t.parent();
        return p != null && (p.normalName().equals("body") || p.normalName().equals("html"));
    }

    /** Ends the last line; call once the walk is over. */
    void finish() {
        text.endLine();
    }
}
