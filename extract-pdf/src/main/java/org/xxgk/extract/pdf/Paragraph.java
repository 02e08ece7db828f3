package org.xxgk.extract.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines of prose read as one paragraph. Mutable while the document is assembled (a paragraph
 * broken by a page break takes the next page's first lines), then read once.
 */
final class Paragraph {

    private final int page;
    private final double top;
    private final boolean indented;
    private final List<TextLine> lines = new ArrayList<>();
    private boolean open;

    /**
     * @param indented whether the first line starts right of the page's left margin
     * @param open     whether the last line runs to the right margin (the text may go on)
     */
    Paragraph(int page, List<TextLine> lines, boolean indented, boolean open) {
        this.page = page;
        this.top = lines.get(0).top();
        this.indented = indented;
        this.lines.addAll(lines);
        this.open = open;
    }

    int page() {
        return page;
    }

    double top() {
        return top;
    }

    boolean indented() {
        return indented;
    }

    boolean open() {
        return open;
    }

    /** Takes the lines of {@code next}, the same paragraph continued on the next page. */
    void append(Paragraph next) {
        lines.addAll(next.lines);
        open = next.open;
    }

    String text() {
        List<String> texts = new ArrayList<>(lines.size());
        for (TextLine line : lines) texts.add(line.text());
        return Lines.joinLines(texts);
    }

    /**
     * The body text's measure, taken over the whole document.
     *
     * @param left  where most lines start
     * @param right where most lines end
     * @param pitch the usual distance between the baselines of a paragraph's lines
     */
    record Margins(double left, double right, double pitch) {

        static Margins of(List<List<TextLine>> pages) {
            Map<Long, Integer> lefts = new HashMap<>();
            Map<Long, Integer> rights = new HashMap<>();
            List<Double> pitches = new ArrayList<>();
            for (List<TextLine> lines : pages) {
                TextLine previous = null;
                for (TextLine line : lines) {
                    lefts.merge(Math.round(line.left()), 1, Integer::sum);
                    rights.merge(Math.round(line.right()), 1, Integer::sum);
                    if (previous != null) {
                        double gap = line.baseline() - previous.baseline();
                        if (gap > 0 && gap < 4 * line.size()) pitches.add(gap);
                    }
                    previous = line;
                }
            }
            pitches.sort(null);
            double pitch = pitches.isEmpty() ? 0 : pitches.get(pitches.size() / 2);
            return new Margins(mode(lefts, true), mode(rights, false), pitch);
        }

        private static double mode(Map<Long, Integer> counts, boolean smallest) {
            long best = 0;
            int bestCount = 0;
            for (Map.Entry<Long, Integer> e : counts.entrySet()) {
                // neighbours within a point count too
                int n = e.getValue() + counts.getOrDefault(e.getKey() - 1, 0) + counts.getOrDefault(e.getKey() + 1, 0);
                if (n > bestCount || n == bestCount && (smallest ? e.getKey() < best : e.getKey() > best)) {
                    best = e.getKey();
                    bestCount = n;
                }
            }
            return best;
        }
    }

    /**
     * A page's prose lines into paragraphs: a new one at an indent, after a short line, a wide gap or a change of size;
     * a table's row printed without rules (a line with column gaps) is a paragraph of its own, however wide.
     */
    static List<Paragraph> of(int page, List<TextLine> lines, Margins margins) {
        List<Paragraph> out = new ArrayList<>();
        if (lines.isEmpty()) return out;
        double left = margins.left();
        double right = margins.right();
        List<TextLine> current = new ArrayList<>();
        boolean indented = false;
        TextLine previous = null;
        for (TextLine line : lines) {
            boolean lineIndented = line.left() > left + 0.8 * line.size();
            boolean breaks = previous == null
                    || lineIndented
                    || line.tabular()
                    || previous.tabular()
                    || previous.right() < right - 1.5 * previous.size()
                    || line.baseline() - previous.baseline()
                            > Math.max(1.4 * margins.pitch(), 1.5 * Math.max(line.size(), previous.size()))
                    || Math.abs(line.size() - previous.size()) > 1.0;
            if (breaks && !current.isEmpty()) {
                out.add(new Paragraph(page, current, indented, false));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) indented = lineIndented;
            current.add(line);
            previous = line;
        }
        boolean open = !previous.tabular()
                && previous.right() >= right - 1.5 * previous.size()
                && previous.left() <= left + 0.8 * previous.size();
        out.add(new Paragraph(page, current, indented, open));
        return out;
    }
}
