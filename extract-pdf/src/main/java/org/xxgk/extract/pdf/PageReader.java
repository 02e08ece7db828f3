package org.xxgk.extract.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.xxgk.extract.Vocabulary;
import technology.tabula.Page;
import technology.tabula.TextElement;

/** Splits one page into table parts and prose lines. */
final class PageReader {

    /** Dashes, tildes and spaces around a page number in the margin (- 3 -, ~3~). */
    private static final Pattern DECORATION = Pattern.compile("^[-—–―－~\\s]+|[-—–―－~\\s]+$");
    /** A number alone, or 3 / 10: in the page's margin, its page number whatever the document's language. */
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}(\\s*/\\s*\\d{1,4})?");
    /** Page numbers are looked for in this fraction of the page height at the top and the bottom. */
    private static final double MARGIN = 0.12;

    private PageReader() {}

    /**
     * @param carried the columns of an unruled table that ran to the bottom of the previous page
     * @return the page, and the columns of an unruled table running to its bottom
     */
    static Read read(Page page, Optional<UnruledTables.Layout> carried, Vocabulary words) {
        List<Glyph> glyphs = new ArrayList<>();
        int visible = 0;
        for (TextElement te : page.getText()) {
            if (te.getText() == null || te.getText().isEmpty()) continue;
            Glyph g = Glyph.of(te);
            glyphs.add(g);
            if (!g.isSpace()) visible++;
        }
        List<TablePart> tables = new ArrayList<>(RuledTables.find(page, glyphs));
        // a ruled box of one column is a layout box: its text is read as the page's other lines
        tables.removeIf(TablePart::singleColumn);
        List<Glyph> outside = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            boolean inTable = false;
            for (TablePart t : tables) inTable |= t.area().contains(g);
            if (!inTable) outside.add(g);
        }
        List<TextLine> lines = new ArrayList<>();
        double height = page.getHeight();
        for (TextLine line : Lines.group(outside)) {
            boolean margin = line.baseline() < page.getTop() + MARGIN * height
                    || line.top() > page.getTop() + (1 - MARGIN) * height;
            if (margin && isPageNumber(line.text(), words)) continue;
            lines.add(line);
        }
        UnruledTables.Result unruled = UnruledTables.find(page, lines, carried, words);
        tables.addAll(unruled.parts());
        tables.sort(Comparator.comparingDouble(t -> t.area().top()));
        Set<TextLine> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
        consumed.addAll(unruled.consumed());
        List<TextLine> prose = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            if (!consumed.contains(line)) prose.add(line);
        }
        return new Read(new PageLayout(page.getPageNumber(), tables, prose, visible), unruled.open());
    }

    /** A page read, and the columns of an unruled table that runs on to the next page. */
    /** A line in the margin that is the page's number: a number alone, or what the vocabulary calls one (第3页). */
    private static boolean isPageNumber(String text, Vocabulary words) {
        String number = DECORATION.matcher(text).replaceAll("");
        return BARE_NUMBER.matcher(number).matches() || words.isPageNumber(number);
    }

    record Read(PageLayout layout, Optional<UnruledTables.Layout> open) {}
}
