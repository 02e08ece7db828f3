package org.xxgk.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xxgk.extract.Block;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.TableGrid;
import org.xxgk.extract.TextBlock;
import org.xxgk.source.DocumentFormat;
import org.xxgk.source.Provenance;

/**
 * Puts the pages together in reading order: a table whose last part ends its page and whose next
 * part opens the next page with compatible columns becomes one grid, and a paragraph broken by a
 * page break becomes one text block.
 */
final class DocumentAssembler {

    private DocumentAssembler() {}

    /** A table (its parts, one per page) or a paragraph: what the blocks are made of, in reading order. */
    private sealed interface Flow permits TableChain, ProseFlow {
        double top();
    }

    private record TableChain(List<TablePart> parts) implements Flow {
        public double top() {
            return parts.get(0).area().top();
        }

        TablePart last() {
            return parts.get(parts.size() - 1);
        }
    }

    private record ProseFlow(Paragraph paragraph) implements Flow {
        public double top() {
            return paragraph.top();
        }
    }

    static ExtractedDocument assemble(List<PageLayout> pages, ExtractionContext context) {
        List<List<TextLine>> prose = new ArrayList<>(pages.size());
        for (PageLayout page : pages) prose.add(page.prose());
        Paragraph.Margins margins = Paragraph.Margins.of(prose);
        List<Flow> flows = new ArrayList<>();
        for (PageLayout page : pages) {
            List<Flow> onPage = new ArrayList<>();
            for (TablePart t : page.tables()) onPage.add(new TableChain(new ArrayList<>(List.of(t))));
            for (Paragraph p : Paragraph.of(page.page(), page.prose(), margins)) onPage.add(new ProseFlow(p));
            onPage.sort(Comparator.comparingDouble(Flow::top));
            Flow previousLast = flows.isEmpty() ? null : flows.get(flows.size() - 1);
            for (int i = 0; i < onPage.size(); i++) {
                Flow flow = onPage.get(i);
                if (i == 0 && previousLast != null && continues(previousLast, flow, page.page())) continue;
                flows.add(flow);
            }
        }
        List<Block> blocks = new ArrayList<>(flows.size());
        long cells = 0;
        int index = 0;
        for (Flow flow : flows) {
            context.checkTime();
            if (flow instanceof ProseFlow p) {
                String text = p.paragraph().text();
                if (!text.isEmpty()) blocks.add(new TextBlock(text, new Provenance(p.paragraph().page(), 0, 0, 0, 0)));
            } else if (flow instanceof TableChain chain) {
                TableGrid grid = GridBuilder.build(++index, TableJoiner.join(chain.parts(), context.vocabulary()));
                cells += (long) grid.rowCount() * grid.columnCount();
                context.checkCells(cells);
                blocks.add(grid);
            }
        }
        return new ExtractedDocument(context.source(), DocumentFormat.PDF, blocks);
    }

    /**
     * Joins {@code next}, the first flow on its page, to {@code previous}, the last one so far, when it continues it.
     */
    private static boolean continues(Flow previous, Flow next, int page) {
        if (previous instanceof TableChain chain && next instanceof TableChain following) {
            TablePart last = chain.last();
            if (last.page() == page - 1 && TableJoiner.continues(last, following.parts().get(0))) {
                chain.parts().add(following.parts().get(0));
                return true;
            }
        }
        if (previous instanceof ProseFlow p && next instanceof ProseFlow following
                && p.paragraph().page() < page && p.paragraph().open() && !following.paragraph().indented()) {
            p.paragraph().append(following.paragraph());
            return true;
        }
        return false;
    }
}
