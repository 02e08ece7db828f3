package org.xxgk.extract.html;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.xxgk.CorruptDocumentException;
import org.xxgk.Reason;
import org.xxgk.XxgkException;
import org.xxgk.extract.Block;
import org.xxgk.extract.DocumentExtractor;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.TextBlock;
import org.xxgk.extract.text.MarkdownTables;
import org.xxgk.internal.Encodings;
import org.xxgk.internal.Faults;
import org.xxgk.internal.Text;
import org.xxgk.source.DocumentFormat;
import org.xxgk.source.Provenance;
import org.xxgk.source.Warning;
import org.xxgk.source.WarningCode;

/**
 * Reads report web pages: portal pages, MS-Word exports pasted into a CMS, GBK pages in layout
 * tables. The bytes are decoded here (BOM, then the {@code <meta>} label with GB2312/GBK read as
 * GB18030, then strict UTF-8, else GB18030), parsed once by jsoup as a browser would (UTF-8 is
 * checked as it is decoded for the parse; bytes that turn out not to be UTF-8 are parsed again),
 * and walked once: every data {@code <table>} becomes a {@link org.xxgk.extract.TableGrid} with
 * rowspan and colspan expanded, and the visible text outside tables becomes {@link TextBlock}s in
 * reading order, without scripts, styles, navigation, page header and footer, forms and hidden
 * elements. A table that holds another table is page layout: its cells are read as text and the
 * inner tables as grids. A page behind a crawler's header lines, or held in the string literals of
 * a JavaScript or JSON file, is read as that page ({@link EmbeddedHtml}). Stateless and thread-safe.
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
        // more cell tags than the cell limit: fail before the page's tree fills the heap (a page too short to hold
        // that many is not scanned)
        if (CellTags.mostIn(content.length) > context.limits().maxCells()) context.checkCells(CellTags.count(content));
        try {
            Optional<String> label = HtmlCharset.declaredLabel(content);
            if (Encodings.bomCharset(content).isEmpty()
                    && label.flatMap(Encodings::forLabel).filter(cs -> !cs.equals(StandardCharsets.UTF_8)).isEmpty()) {
                // what detection would read as UTF-8 if the bytes are UTF-8: checked as they are decoded for the
                // parse, not in a pass of its own; bytes that are not UTF-8 after all go the long way
                List<Warning> warnings = new ArrayList<>(1);
                Optional<Document> page = parseStrictUtf8(content, warnings, context);
                if (page.isPresent()) {
                    context.checkTime();
                    List<Block> blocks = readBlocks(page.get(), context);
                    return new ExtractedDocument(source, DocumentFormat.HTML, blocks, warnings);
                }
            }
            List<Warning> warnings = new ArrayList<>(1);
            Encodings.Detected decoded = Encodings.detect(content, label);
            label.flatMap(Encodings::forLabel)
                    .filter(declared -> Encodings.bomCharset(content).isEmpty() && !declared.equals(decoded.charset()))
                    .ifPresent(declared -> warnings.add(new Warning(
                            WarningCode.CHARSET_LABEL_IGNORED,
                            "the page declares charset " + label.get() + ", but its bytes are not; "
                                    + decoded.evidence(),
                            Provenance.NONE)));
            // decoded as jsoup reads, not into one string first: a 64 MB page would take 128 MB as a string
            Reader in = new InputStreamReader(
                    new ByteArrayInputStream(content, decoded.skip(), content.length - decoded.skip()),
                    decoded.charset());
            boolean asciiCompatible = decoded.charset().equals(StandardCharsets.UTF_8)
                    || decoded.charset().equals(Encodings.GB18030);
            Document page = parse(in, asciiCompatible && startsWithTag(content, decoded.skip()), warnings, context);
            context.checkTime();
            List<Block> blocks = readBlocks(page, context);
            return new ExtractedDocument(source, DocumentFormat.HTML, blocks, warnings);
        } catch (StackOverflowError e) {
            throw new CorruptDocumentException(source, Reason.TOO_DEEP, "HTML nested too deeply to read", e);
        } catch (RuntimeException e) {
            // jsoup's exceptions on a bad page blame the page; ours go up as internal errors
            if (e instanceof XxgkException || !Faults.thrownBy(e, "org.jsoup.")) throw e;
            throw new CorruptDocumentException(source, Reason.CORRUPT_HTML, "the HTML page could not be read: " + e, e);
        }
    }

    /**
     * The page decoded as strict UTF-8 (whole when {@link Encodings#wholeUtf8} can, else while it is parsed); empty
     * when the bytes are not UTF-8 (or were not all decoded, which jsoup never does: it reads to the end).
     */
    private static Optional<Document> parseStrictUtf8(
            byte[] content, List<Warning> warnings, ExtractionContext context) {
        boolean startsWithTag = startsWithTag(content, 0);
        Optional<String> whole = Encodings.wholeUtf8(content);
        if (whole.isPresent()) {
            return Optional.of(parse(new StringReader(whole.get()), startsWithTag, warnings, context));
        }
        StrictUtf8Reader in = new StrictUtf8Reader(content);
        try {
            Document page = parse(in, startsWithTag, warnings, context);
            return in.ended ? Optional.of(page) : Optional.empty();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) return Optional.empty();
            throw e;
        }
    }

    /**
     * Whether the first character that is not white space is {@code <}, told from the bytes of an ASCII-compatible
     * charset (UTF-8, GB18030: an ASCII byte is always that character).
     */
    private static boolean startsWithTag(byte[] content, int from) {
        int i = from;
        while (i < content.length && content[i] >= 0 && Character.isWhitespace(content[i])) i++;
        return i < content.length && content[i] == '<';
    }

    /**
     * Parses the decoded page: as it is decoded when it starts with its markup or only a header stands before it,
     * else (a .txt or .js file may hold the page inside string literals) from the whole text unwrapped.
     */
    private static Document parse(Reader decoded, boolean startsWithTag, List<Warning> warnings,
            ExtractionContext context) {
        if (startsWithTag) {
            // the common case: nothing before the page to look at, so no look-ahead buffer
            context.checkTime();
            return Parser.htmlParser().parseInput(decoded, "");
        }
        BufferedReader in = new BufferedReader(decoded, 1 << 16);
        Optional<EmbeddedHtml.Header> header = header(in);
        if (header.isPresent()) {
            // a page (behind a crawler's header) parsed as it is decoded
            header.get().warning().ifPresent(warnings::add);
            skip(in, header.get().skip());
            context.checkTime();
            return Parser.htmlParser().parseInput(in, "");
        }
        // a .txt or .js file may hold the page behind a header or inside string literals
        EmbeddedHtml.Unwrapped html = EmbeddedHtml.unwrap(readAll(in));
        html.warning().ifPresent(warnings::add);
        context.checkTime();
        return Parser.htmlParser().parseInput(html.html(), "");
    }

    // how much of a page is looked at to find its first tag
    private static final int HEADER_LOOKAHEAD = 1 << 16;

    /**
     * What {@link EmbeddedHtml#unwrap} would skip, told from the input's beginning; the reader is back where it was.
     */
    private static Optional<EmbeddedHtml.Header> header(BufferedReader in) {
        try {
            in.mark(HEADER_LOOKAHEAD + 1);
            try {
                char[] buffer = new char[HEADER_LOOKAHEAD];
                int n = 0;
                for (int r; n < buffer.length && (r = in.read(buffer, n, buffer.length - n)) >= 0; ) n += r;
                boolean whole = n < buffer.length || in.read() < 0;
                return EmbeddedHtml.fromPrefix(new String(buffer, 0, n), whole);
            } finally {
                in.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    private static void skip(Reader in, long chars) {
        try {
            for (long left = chars; left > 0; ) {
                long n = in.skip(left);
                if (n <= 0) break;
                left -= n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(Reader in) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) text.append(buffer, 0, n);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blocks of a parsed page in reading order. */
    private static List<Block> readBlocks(Document page, ExtractionContext context) {
        List<Block> blocks = new ArrayList<>();
        TableReader tables = new TableReader(context);
        PipeLines pipes = new PipeLines(blocks, tables);
        FlowWalker walker = new FlowWalker(context, new FlowWalker.Sink() {
            @Override
            public void line(String text) {
                if (InlineText.isBlank(text)) return;
                if (Text.strip(text).startsWith("|")) {
                    pipes.add(text);
                } else {
                    pipes.flush();
                    blocks.add(new TextBlock(text, Provenance.NONE));
                }
            }

            @Override
            public boolean enterTable(Element table, boolean insideSectioning) {
                if (LayoutTables.isLayout(table, insideSectioning, context)) return true;
                pipes.flush();
                for (String caption : tables.caption(table)) blocks.add(new TextBlock(caption, Provenance.NONE));
                tables.read(table).ifPresent(blocks::add);
                return false;
            }
        }, false);
        NodeTraversor.filter(walker, page);
        walker.finish();
        pipes.flush();
        pageTitle(page, blocks, context).ifPresent(title -> blocks.add(0, new TextBlock(title, Provenance.NONE)));
        return blocks;
    }

    /**
     * Lines of the page's text that start with {@code |}, held until the next line of other text or table: a pipe
     * table where a separator row follows its header (a converter's Markdown that writes its simple tables so and its
     * tables with merged cells as HTML), else lines of text. A separator row further down starts a table of its own,
     * the row above it its header (two tables a blank line apart, which the page's text no longer shows).
     */
    private static final class PipeLines {
        private final List<Block> blocks;
        private final TableReader tables;
        private final List<String> lines = new ArrayList<>();

        PipeLines(List<Block> blocks, TableReader tables) {
            this.blocks = blocks;
            this.tables = tables;
        }

        void add(String line) {
            lines.add(line);
        }

        void flush() {
            int i = 0;
            while (i < lines.size()) {
                if (!MarkdownTables.opens(lines, i)) {
                    blocks.add(new TextBlock(lines.get(i++), Provenance.NONE));
                    continue;
                }
                List<List<String>> rows = new ArrayList<>();
                int j = i;
                boolean separated = false;
                for (; j < lines.size(); j++) {
                    if (MarkdownTables.isSeparator(lines.get(j))) {
                        // a second separator: the row above it heads the next table
                        if (separated && !rows.isEmpty()) {
                            rows.remove(rows.size() - 1);
                            j--;
                            break;
                        }
                        separated = true;
                        continue;
                    }
                    rows.add(MarkdownTables.cells(lines.get(j)));
                }
                blocks.add(tables.pipeTable(rows));
                i = j;
            }
            lines.clear();
        }
    }

    /** How many text blocks before the first table are looked at for the report's title. */
    private static final int TITLE_BLOCKS = 200;

    /**
     * The report title the page's {@code <title>} holds, where the page's text prints none before its first table: a
     * portal that sets the title in its header image or script leaves it only there.
     */
    private static Optional<String> pageTitle(Document page, List<Block> blocks, ExtractionContext context) {
        Optional<String> title = context.vocabulary().reportTitle(page.title());
        if (title.isEmpty()) return title;
        int seen = 0;
        for (Block b : blocks) {
            if (!(b instanceof TextBlock t)) break;
            if (++seen > TITLE_BLOCKS) break;
            if (context.vocabulary().reportTitle(t.text()).isPresent()) return Optional.empty();
        }
        return title;
    }
}
