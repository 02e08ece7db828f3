package org.xxgk.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.xxgk.CorruptDocumentException;
import org.xxgk.XxgkException;
import org.xxgk.extract.Block;
import org.xxgk.extract.DocumentExtractor;
import org.xxgk.extract.DocumentFormat;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.Provenance;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Encodings;
import org.xxgk.internal.Text;
import org.xxgk.model.Warning;

/**
 * Reads report web pages: portal pages, MS-Word exports pasted into a CMS, GBK pages in layout
 * tables. The bytes are decoded here (BOM, then the {@code <meta>} label with GB2312/GBK read as
 * GB18030, then strict UTF-8, else GB18030), parsed once by jsoup as a browser would, and walked
 * once: every data {@code <table>} becomes a {@link org.xxgk.extract.TableGrid} with rowspan and
 * colspan expanded, and the visible text outside tables becomes {@link TextBlock}s in reading
 * order, without scripts, styles, navigation, page header and footer, forms and hidden elements.
 * A table that holds another table is page layout: its cells are read as text and the inner
 * tables as grids. A page behind a crawler's header lines, or held in the string literals of a
 * JavaScript or JSON file, is read as that page ({@link EmbeddedHtml}). Stateless and thread-safe.
 */
public final class HtmlDocumentExtractor implements DocumentExtractor {

    public HtmlDocumentExtractor() {}

    @Override
    public DocumentFormat format() {
        return DocumentFormat.HTML;
    }

    @Override
    public ExtractedDocument extract(byte[] content, ExtractionContext context) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(context, "context");
        String source = context.source();
        try {
            List<Warning> warnings = new ArrayList<>(1);
            Optional<String> label = HtmlCharset.declaredLabel(content);
            Encodings.Decoded decoded = Encodings.decode(content, label);
            label.flatMap(Encodings::forLabel)
                    .filter(declared -> Encodings.bomCharset(content).isEmpty() && !declared.equals(decoded.charset()))
                    .ifPresent(declared -> warnings.add(new Warning("CHARSET_LABEL_IGNORED",
                            "the page declares charset " + label.get() + ", but its bytes are not; " + decoded.evidence(), Provenance.NONE)));
            // a .txt or .js file may hold the page behind a header or inside string literals
            EmbeddedHtml.Unwrapped html = EmbeddedHtml.unwrap(decoded.text());
            html.warning().ifPresent(warnings::add);
            context.checkTime();
            Document page = Parser.htmlParser().parseInput(html.html(), "");
            context.checkTime();
            List<Block> blocks = readBlocks(page, context);
            return new ExtractedDocument(source, DocumentFormat.HTML, blocks, warnings);
        } catch (XxgkException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new CorruptDocumentException(source, "too-deep", "HTML nested too deeply to read", e);
        } catch (RuntimeException e) {
            throw new CorruptDocumentException(source, "corrupt-html", "the HTML page could not be read: " + e, e);
        }
    }

    /** The blocks of a parsed page in reading order. */
    private static List<Block> readBlocks(Document page, ExtractionContext context) {
        Set<Element> layoutTables = LayoutTables.find(page, context);
        List<Block> blocks = new ArrayList<>();
        TableReader tables = new TableReader(context);
        FlowWalker walker = new FlowWalker(context, new FlowWalker.Sink() {
            @Override
            public void line(String text) {
                if (!Text.strip(text).isEmpty()) blocks.add(new TextBlock(text, Provenance.NONE));
            }

            @Override
            public boolean enterTable(Element table) {
                if (layoutTables.contains(table)) return true;
                for (String caption : tables.caption(table)) blocks.add(new TextBlock(caption, Provenance.NONE));
                tables.read(table).ifPresent(blocks::add);
                return false;
            }
        }, false);
        NodeTraversor.filter(walker, page);
        walker.finish();
        return blocks;
    }
}
