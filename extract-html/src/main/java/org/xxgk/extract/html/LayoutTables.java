package org.xxgk.extract.html;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.xxgk.extract.ExtractionContext;

/**
 * Finds the layout tables of a page: those with a visible table inside them. Old portals (and
 * {@code 002.html}) put the whole article, report table included, into the cell of a layout
 * table; the inner tables are the data, so a layout table is read as flow content (its cells as
 * blocks of text) rather than as a grid. One iterative pass with a stack of open tables.
 */
final class LayoutTables implements NodeFilter {

    private final Set<Element> layout = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<Element> open = new ArrayDeque<>();
    private final ExtractionContext context;
    private int sectioningDepth;
    private int nodes;

    private LayoutTables(ExtractionContext context) {
        this.context = context;
    }

    /** The tables under {@code root} that hold another visible table, by identity. */
    static Set<Element> find(Node root, ExtractionContext context) {
        LayoutTables finder = new LayoutTables(context);
        NodeTraversor.filter(finder, root);
        return finder.layout;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (++nodes % FlowWalker.NODES_PER_TIME_CHECK == 0) context.checkTime();
        if (!(node instanceof Element e)) return FilterResult.SKIP_CHILDREN;
        if (HtmlTags.isSkipped(e, sectioningDepth > 0)) return FilterResult.SKIP_ENTIRELY;
        String name = e.normalName();
        if (name.equals("table")) {
            if (!open.isEmpty()) layout.add(open.peek());
            open.push(e);
        }
        if (HtmlTags.isSectioning(name)) sectioningDepth++;
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            String name = e.normalName();
            if (name.equals("table")) open.pop();
            if (HtmlTags.isSectioning(name)) sectioningDepth--;
        }
        return FilterResult.CONTINUE;
    }
}
