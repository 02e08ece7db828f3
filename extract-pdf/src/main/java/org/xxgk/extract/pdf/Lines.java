package org.xxgk.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xxgk.internal.Text;

/**
 * Groups glyphs into lines and lines into text, the Chinese way: no space is ever invented between
 * two CJK characters (justified lines spread them apart; {@code 市 信 访 办} is wrong), a space
 * printed in the PDF is kept, and a space is added only for a wide gap or between two Latin runs.
 */
final class Lines {

    /** Gap, in font sizes, that always reads as a space (a tab stop, a column gap). */
    private static final double WIDE_GAP = 1.0;
    /** Gap, in font sizes, that separates two Latin or digit runs. */
    private static final double LATIN_GAP = 0.15;
    /**
     * Gap, in font sizes, that separates a number from an ideograph: wider than the quarter em a word processor puts
     * between them in a sentence, as narrow as the padding between a label's cell and its value's in a table printed
     * without rules ({@code 其他对外管理服务事项 0}).
     */
    private static final double NUMBER_GAP = 0.4;

    private Lines() {}

    /** Glyphs into lines, top to bottom; lines without a visible glyph are dropped. */
    static List<TextLine> group(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::left));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double baseline = 0;
        double size = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.baseline() - baseline) > 0.45 * Math.max(size, g.size())) {
                addLine(lines, current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = g.baseline();
                size = g.size();
            }
            current.add(g);
            size = Math.max(size, g.size());
        }
        addLine(lines, current);
        return lines;
    }

    private static void addLine(List<TextLine> lines, List<Glyph> glyphs) {
        if (glyphs.isEmpty()) return;
        glyphs.sort(Comparator.comparingDouble(Glyph::left));
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double size = 0;
        double baseline = 0;
        int visible = 0;
        for (Glyph g : glyphs) {
            if (g.isSpace()) continue;
            left = Math.min(left, g.left());
            right = Math.max(right, g.right());
            size = Math.max(size, g.size());
            baseline += g.baseline();
            visible++;
        }
        if (visible == 0) return;
        boolean tabular = tabular(glyphs);
        String text = clean(join(glyphs, tabular));
        if (text.isEmpty()) return;
        lines.add(new TextLine(glyphs, left, right, baseline / visible, size, text, tabular));
    }

    /**
     * Whether glyphs on one line, sorted by x, are a table's row rather than a line of prose: two gaps or more as
     * wide as a column's (a label and its values), or one before a figure that ends the line ({@code …会议数   次 121}).
     * Justified prose spreads its characters, never that far.
     */
    static boolean tabular(List<Glyph> glyphs) {
        int gaps = 0;
        Glyph previous = null;
        for (Glyph g : glyphs) {
            if (g.isSpace()) continue;
            boolean wide = previous != null
                    && g.left() - previous.right() > WIDE_GAP * Math.max(g.size(), previous.size());
            if (wide && ++gaps == 2) return true;
            previous = g;
        }
        return gaps == 1 && isDigit(previous.text().charAt(previous.text().length() - 1));
    }

    /**
     * The text of glyphs on one line, sorted by x; a number's gap from an ideograph tells cells apart in a table's row
     * ({@code tabular}) only: justified prose spreads as far.
     */
    static String join(List<Glyph> glyphs, boolean tabular) {
        StringBuilder sb = new StringBuilder();
        Glyph previous = null;
        boolean printedSpace = false;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                printedSpace = previous != null;
                continue;
            }
            if (previous != null) {
                double gap = g.left() - previous.right();
                double size = Math.max(previous.size(), g.size());
                char before = sb.charAt(sb.length() - 1);
                char after = g.text().charAt(0);
                if (printedSpace
                        || gap > WIDE_GAP * size
                        || gap > LATIN_GAP * size && isLatin(before) && isLatin(after)
                        || tabular && gap > NUMBER_GAP * size && (isIdeograph(before) && isDigit(after)
                                || isDigit(before) && isIdeograph(after))) {
                    sb.append(' ');
                }
            }
            sb.append(g.text());
            previous = g;
            printedSpace = false;
        }
        return sb.toString();
    }

    /** Joins the lines of a wrapped cell or paragraph: nothing between CJK, a space between Latin runs. */
    static String joinLines(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) continue;
            if (sb.length() > 0 && needsSpace(sb.charAt(sb.length() - 1), line.charAt(0))) {
                sb.append(' ');
            }
            sb.append(line);
        }
        return sb.toString();
    }

    /** The text of glyphs spread over one or more lines (a table cell). */
    static String text(List<Glyph> glyphs) {
        List<String> texts = new ArrayList<>();
        for (TextLine line : group(glyphs)) texts.add(line.text());
        return joinLines(texts);
    }

    /** Normalised, runs of white space collapsed to one space, trimmed. */
    static String clean(String s) {
        String n = Text.normalize(s);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Text.isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c) || c >= 0xFF10 && c <= 0xFF5A && Character.isLetterOrDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
    }

    private static boolean isIdeograph(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    /** A Latin word on both sides of a line break needs a space; CJK, and a number broken over lines, do not. */
    private static boolean needsSpace(char before, char after) {
        boolean a = before < 0x80 && Character.isLetterOrDigit(before);
        boolean b = after < 0x80 && Character.isLetterOrDigit(after);
        return a && b && !(Character.isDigit(before) && Character.isDigit(after));
    }
}
