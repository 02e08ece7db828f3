package org.xxgk.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xxgk.internal.Text;

/**
 * Markdown's pipe tables ({@code | a | b |} rows, a {@code |---|} separator row), for every extractor that meets them:
 * text copies, and pages that a converter wrote as Markdown with its complex tables as HTML (pandoc's GitHub
 * Markdown writes a table with merged cells as {@code <table>}, the others as pipe tables).
 */
public final class MarkdownTables {

    private static final Pattern SEPARATOR =
            Pattern.compile("\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*");
    // the rows looked at for the separator: a header of one or two rows above it
    private static final int SEPARATOR_WITHIN = 3;

    private MarkdownTables() {}

    /** A separator row ({@code |---|:---:|}); the pattern runs only on lines with a dash run. */
    public static boolean isSeparator(String line) {
        return line.contains("---") && SEPARATOR.matcher(line).matches();
    }

    /** Whether the lines from {@code start} open a pipe table: a row that starts with {@code |}, a separator soon. */
    public static boolean opens(List<String> lines, int start) {
        String first = Text.strip(lines.get(start));
        if (!first.startsWith("|") && !isSeparator(first)) return false;
        for (int i = start; i < Math.min(lines.size(), start + SEPARATOR_WITHIN); i++) {
            String line = lines.get(i);
            if (line.indexOf('|') < 0) return false;
            if (isSeparator(line)) return true;
        }
        return false;
    }

    /**
     * The cells of a row, its outer bars left off ({@code | a | b |} is {@code a}, {@code b}), each stripped; an
     * escaped bar ({@code \|}, pandoc's in a cell that prints one) is the cell's text.
     */
    public static List<String> cells(String row) {
        String line = Text.strip(row);
        if (line.startsWith("|")) line = line.substring(1);
        if (line.endsWith("|") && !line.endsWith("\\|")) line = line.substring(0, line.length() - 1);
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                out.add(Text.strip(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(Text.strip(cell.toString()));
        return out;
    }
}
