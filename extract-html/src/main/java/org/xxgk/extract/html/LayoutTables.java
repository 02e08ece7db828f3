package org.xxgk.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.xxgk.extract.ExtractionContext;

/**
 * Tells the layout tables of a page: those with a visible table inside them. Old portals (and
 * {@code 002.html}) put the whole article, report table included, into the cell of a layout
 * table; the inner tables are the data, so a layout table is read as flow content (its cells as
 * blocks of text) rather than as a grid. Asked of each table the page walk meets, so that text
 * outside tables is not looked at twice: iterative walks of the table's subtree that stop at its
 * first inner table (asked in turn when the page walk gets there), so no node is looked at by more
 * than one table's walks.
 */
final class LayoutTables implements NodeFilter {

    private final Element table;
    private final ExtractionContext context;
    private int sectioningDepth;
    private int nodes;

    private LayoutTables(Element table, boolean insideSectioning, ExtractionContext context) {
        this.table = table;
        this.context = context;
        this.sectioningDepth = insideSectioning ? 1 : 0;
    }

    /**
     * Whether a visible table, the page walk has reached, holds another visible table.
     *
     * @param insideSectioning whether the table is inside an article, main, section or table cell
     */
    static boolean isLayout(Element table, boolean insideSectioning, ExtractionContext context) {
        // most tables hold no table at all: a walk that looks at tag names alone tells, and the walk that looks at
        // what is visible is only needed when it finds one
        if (!NestedTable.any(table, context)) return false;
        return NodeTraversor.filter(new LayoutTables(table, insideSectioning, context), table) == FilterResult.STOP;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (++nodes % FlowWalker.NODES_PER_TIME_CHECK == 0) context.checkTime();
        if (node == table) return FilterResult.CONTINUE; // visible: the page walk is in it
        if (!(node instanceof Element e)) return FilterResult.SKIP_CHILDREN;
        int flags = HtmlTags.flags(e.normalName());
        if (HtmlTags.isSkipped(e, flags, sectioningDepth > 0)) return FilterResult.SKIP_ENTIRELY;
        if ((flags & HtmlTags.TABLE) != 0) return FilterResult.STOP;
        if ((flags & HtmlTags.SECTIONING_TAG) != 0) sectioningDepth++;
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && (HtmlTags.flags(e.normalName()) & HtmlTags.SECTIONING_TAG) != 0)
            sectioningDepth--;
        return FilterResult.CONTINUE;
    }

    /** Whether a table lies inside another, visible or not; stops at the first. */
    private static final class NestedTable implements NodeFilter {
        private final ExtractionContext context;
        private int openTables;
        private int nodes;

        private NestedTable(ExtractionContext context) {
            this.context = context;
        }

        static boolean any(Node root, ExtractionContext context) {
            return NodeTraversor.filter(new NestedTable(context), root) == FilterResult.STOP;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (++nodes % FlowWalker.NODES_PER_TIME_CHECK == 0) context.checkTime();
            if (!(node instanceof Element e) || !e.normalName().equals("table")) return FilterResult.CONTINUE;
            if (openTables > 0) return FilterResult.STOP;
            openTables++;
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e.normalName().equals("table")) openTables--;
            return FilterResult.CONTINUE;
        }
    }
}
