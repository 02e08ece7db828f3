package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import org.xxgk.NotAReportException;
import org.xxgk.Reason;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.TextBlock;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog;
import org.xxgk.model.Template;
import org.xxgk.source.Provenance;
import org.xxgk.source.Warning;
import org.xxgk.source.WarningCode;

/** Turns an extracted document of any format into an {@link AnnualReport}. Immutable and thread-safe. */
public final class ReportInterpreter {

    public ReportInterpreter() {}

    /**
     * Interprets one document.
     *
     * @throws org.xxgk.NotAReportException when nothing of an annual report is found
     */
    public AnnualReport interpret(ExtractedDocument document) {
        return interpret(document, () -> { });
    }

    /**
     * Interprets one document, calling {@code checkTime} in every long loop (once every few steps) so that a time
     * limit stops a pathological input mid-way ({@code ExtractionContext::checkTime} throws once the deadline has
     * passed).
     *
     * @throws org.xxgk.NotAReportException when nothing of an annual report is found
     */
    public AnnualReport interpret(ExtractedDocument document, Runnable checkTime) {
        return interpret(document, checkTime, cells -> { });
    }

    /**
     * Interprets one document within the time and cell limits of {@code context}: the cells read
     * from its lines (a line may hold a whole table) count against the cell limit.
     *
     * @throws org.xxgk.NotAReportException when nothing of an annual report is found
     * @throws org.xxgk.LimitExceededException when a limit is exceeded
     */
    public AnnualReport interpret(ExtractedDocument document, ExtractionContext context) {
        Objects.requireNonNull(context, "context");
        return interpret(document, context::checkTime, context::checkCellsAndLines);
    }

    private AnnualReport interpret(ExtractedDocument document, Runnable clock, LongConsumer checkCells) {
        Objects.requireNonNull(document, "document");
        Runnable checkTime = everyFew(Objects.requireNonNull(clock, "checkTime"));
        List<Row> rows = RowStream.of(document, checkTime, checkCells);
        checkTime.run();
        TemplateDetector.Detection detection = TemplateDetector.detect(rows);
        Template template = detection.template();
        List<String> evidence = new ArrayList<>(detection.evidence());
        CellSink sink = new CellSink(checkTime);
        List<TableRange> used = new ArrayList<>();

        if (template == Template.UNKNOWN) {
            // no telltale header: the form the printed rows align with best decides
            Optional<Template> byForm = bestForm(rows, checkTime);
            if (byForm.isPresent()) {
                template = byForm.get();
                evidence.add("rows aligned with the " + template + " form");
            }
        }
        switch (template) {
            case V2019, V2021 -> FormTableReader.read(rows, FormProfile.of(template), sink).ifPresent(used::add);
            case LEGACY -> readLegacy(rows, document, sink).ifPresentOrElse(used::add,
                    () -> sink.warn(WarningCode.TABLE_NOT_FOUND, "政府信息公开情况统计表 not found", Provenance.NONE));
            default -> {
                // neither a form's header words nor a row of figures that fills a form row: a notice or a news item
                // about the reports (however often it says 年度报告) is no report; an image-only scan is none to read
                throw new NotAReportException(document.source(), Reason.NOT_A_REPORT, hasReportHeading(rows)
                        ? "it names an annual report but holds no statistical table of the national forms"
                        : "no report table, template label or report heading found");
            }
        }

        checkTime.run();
        Prose prose = readProse(rows, used, sink, document.blocks().size());
        List<Warning> warnings = new ArrayList<>(document.warnings());
        warnings.addAll(sink.warnings);
        warnings.addAll(prose.warnings());
        return new AnnualReport(
                document.source(),
                document.format(),
                template,
                evidence,
                prose.title(),
                prose.agency(),
                prose.year(),
                prose.publishedDate(),
                sink.cells,
                sink.labels,
                prose.sections(),
                prose.narrative(),
                warnings);
    }

    /** The loops ask the clock once in this many steps: a step is a line or a row, shorter than a clock's reading. */
    private static final int STEPS_PER_CLOCK = 16;

    /** {@code checkTime} run at the first call and every {@value #STEPS_PER_CLOCK}th after it. */
    private static Runnable everyFew(Runnable checkTime) {
        int[] steps = {0};
        return () -> {
            if (steps[0]++ % STEPS_PER_CLOCK == 0) checkTime.run();
        };
    }

    /**
     * The LEGACY table, read as a table of cells, as rows run together, as columns printed one after the other and
     * as labels in fragments; the reading that places more values wins (a table of cells reads nothing of a
     * run-together copy, and the other way round).
     */
    private static Optional<TableRange> readLegacy(List<Row> rows, ExtractedDocument document, CellSink sink) {
        CellSink cells = new CellSink(sink.checkTime);
        Optional<TableRange> asCells = LegacyTableReader.read(rows, cells);
        Optional<List<Row>> before = LegacyTableReader.valuesBefore(rows);
        if (before.isPresent()) {
            // a copy that prints each row's values before its label: taken where the table's sums say so
            CellSink shifted = new CellSink(sink.checkTime);
            Optional<TableRange> asShifted = LegacyTableReader.read(before.get(), shifted);
            int[] base = LegacyTableReader.sums(cells);
            int[] other = LegacyTableReader.sums(shifted);
            if (other[0] > base[0] && other[1] <= base[1]) {
                cells = shifted;
                asCells = asShifted;
            }
        }
        CellSink runs = new CellSink(sink.checkTime);
        String prose = String.join("\n", document.textBlocks().map(TextBlock::text).toList());
        long asCellsPresent = present(cells);
        Optional<TableRange> asRuns = LegacyRunReader.read(rows, prose, runs, asCellsPresent);
        boolean useRuns = asRuns.isPresent() && present(runs) > asCellsPresent;
        CellSink chosen = useRuns ? runs : cells;
        Optional<TableRange> range = useRuns ? asRuns : asCells;
        // a copy that printed the table's columns one after the other, poured back by the form's shape; a table in
        // narrow columns, each label in fragments
        List<BiFunction<List<Row>, CellSink, Optional<TableRange>>> alternatives =
                List.of(LegacyColumnBlocks::read, LegacyFragments::read);
        for (BiFunction<List<Row>, CellSink, Optional<TableRange>> reader : alternatives) {
            CellSink other = new CellSink(sink.checkTime);
            Optional<TableRange> otherRange = reader.apply(rows, other);
            if (otherRange.isPresent() && present(other) > present(chosen)) {
                chosen = other;
                range = otherRange;
            }
        }
        // a row's one figure for two columns, in the column its list's sums leave it; then an item whose numbering
        // the copy lost, read at the top level: moved back into its list where the sums say
        LegacyLoneFigures.place(chosen);
        LegacyLostNumbers.regroup(chosen);
        severalTables(rows, chosen)
                .ifPresent(n -> sink.warn(
                        WarningCode.SEVERAL_REPORTS,
                        "the table's first indicator is printed " + n
                                + " times: the file seems to hold several reports; the first is read",
                        Provenance.NONE));
        sink.cells.putAll(chosen.cells);
        sink.labels.putAll(chosen.labels);
        sink.warnings.addAll(chosen.warnings);
        if (range.isPresent() && present(chosen) == 0 && !chosen.cells.isEmpty()) {
            // indicators and no figure at all: the table's values are printed somewhere its rows do not say (a copy
            // that prints the columns one after the other), and the report must not pass as read
            sink.warn(WarningCode.ROW_NOT_MATCHED, "统计表: " + chosen.cells.size()
                    + " indicators found, but no figure of theirs could be read", Provenance.NONE);
        }
        return range;
    }

    /** How often the row of the first indicator read is printed, where more than once (a concatenated export). */
    private static Optional<Integer> severalTables(List<Row> rows, CellSink read) {
        String first = read.labels.get(CellCatalog.legacyKey(List.of(1)));
        if (first == null || first.isEmpty()) return Optional.empty();
        String firstLabel = Labels.norm(first);
        int copies = 0;
        for (Row r : rows) if (FormAligner.own(r).endsWith(firstLabel)) copies++;
        return copies > 1 ? Optional.of(copies) : Optional.empty();
    }

    private static long present(CellSink sink) {
        return sink.cells.values().stream().filter(c -> c.value().isPresent()).count();
    }

    private static boolean isPartHeading(Row r) {
        return !r.hasValues() && r.labels().size() == 1 && Labels.numbering(r.labels().get(0).raw())
                .filter(n -> n.marker() == Labels.Marker.CHINESE).isPresent();
    }

    /** The text of a block without the cells a table took from it, or nothing when they were all of it. */
    private static Optional<TextBlock> remainder(TextBlock block, List<Token> taken) {
        String text = block.text();
        StringBuilder rest = new StringBuilder(text.length());
        int cursor = 0;
        for (Token t : taken) {
            int at = text.indexOf(t.raw(), cursor);
            if (at < 0) continue;
            rest.append(text, cursor, at).append(' ');
            cursor = at + t.raw().length();
        }
        rest.append(text, cursor, text.length());
        String left = rest.toString();
        return left.isBlank() ? Optional.empty() : Optional.of(new TextBlock(left.strip(), block.provenance()));
    }

    /**
     * The form whose rows the report's printed rows fill with more values, V2021 and V2019 being
     * alike but for section 二's columns and 三(六); empty when neither places a value.
     */
    private static Optional<Template> bestForm(List<Row> rows, Runnable checkTime) {
        Template best = null;
        long bestCount = 0;
        for (Template t : List.of(Template.V2021, Template.V2019)) {
            CellSink trial = new CellSink(checkTime);
            FormTableReader.read(rows, FormProfile.of(t), trial);
            long count = present(trial);
            if (count > bestCount) {
                best = t;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean hasReportHeading(List<Row> rows) {
        for (Row r : rows) {
            for (Token t : r.labels()) {
                String text = t.text();
                for (String h : LabelTable.REPORT_HEADINGS) if (text.contains(h)) return true;
            }
        }
        return false;
    }

    private static boolean inAny(List<TableRange> ranges, int row) {
        for (TableRange r : ranges) if (r.contains(row)) return true;
        return false;
    }

    /**
     * The prose reader gets the text that no table reader used: whole blocks, and of a block that a
     * table shares with prose (a page flattened to one line) the text around the table's cells.
     */
    private static Prose readProse(List<Row> rows, List<TableRange> used, CellSink sink, int blockCount) {
        // by the index of the text block each token came from: whether a table took any of its tokens, and whether
        // any stayed out of one
        boolean[] inTable = new boolean[rows.size()];
        boolean[] taken = new boolean[blockCount];
        boolean[] shared = new boolean[blockCount];
        // the labels of each row that a table used: of the row where a table starts, those from its start on; the
        // prose before it in a table's cells (a page on one line read as one table row) as a block of its own
        List<List<Token>> tableLabels = new ArrayList<>(rows.size());
        Map<Integer, TextBlock> proseInCells = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            // a part's heading inside a table's rows (三、收到和处理… between the tables) stays the prose's
            inTable[i] = inAny(used, i) && !isPartHeading(rows.get(i));
            List<Token> labels = rows.get(i).labels();
            List<Token> tableOwn = labels;
            for (TableRange r : used) {
                if (r.first() != i || r.firstLabel() >= labels.size()) continue;
                List<Token> before = labels.subList(0, r.firstLabel());
                tableOwn = new ArrayList<>(labels.subList(r.firstLabel(), labels.size()));
                Token start = tableOwn.get(0);
                String prefix = start.raw().substring(0, r.firstChar());
                if (!prefix.isEmpty()) {
                    tableOwn.set(0, new Token(start.raw().substring(prefix.length()), start.value(),
                            start.provenance(), start.copy(), start.source(), start.block()));
                    if (start.block() >= 0) shared[start.block()] = true;
                }
                mark(before, shared);
                StringBuilder cellProse = new StringBuilder();
                for (Token t : before) if (t.block() < 0) cellProse.append(t.raw()).append('\n');
                if (start.block() < 0) cellProse.append(prefix);
                if (!cellProse.toString().isBlank()) {
                    proseInCells.put(i, new TextBlock(cellProse.toString().strip(), start.provenance()));
                }
            }
            tableLabels.add(tableOwn);
            mark(tableOwn, inTable[i] ? taken : shared);
            mark(rows.get(i).cells(), inTable[i] ? taken : shared);
        }
        // the tokens taken from a block that also holds prose, in order: the prose is what lies around them
        Map<Integer, List<Token>> takenFromShared = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!inTable[i]) continue;
            collect(tableLabels.get(i), taken, shared, takenFromShared);
            collect(rows.get(i).cells(), taken, shared, takenFromShared);
        }
        // a line read as several cells gives its block once
        boolean[] seen = new boolean[blockCount];
        List<TextBlock> blocks = new ArrayList<>();
        int firstTable = rows.size();
        for (TableRange r : used) firstTable = Math.min(firstTable, r.first());
        for (int i = 0; i < rows.size(); i++) {
            TextBlock inCells = proseInCells.isEmpty() ? null : proseInCells.get(i);
            if (inCells != null) blocks.add(inCells);
            if (!inTable[i] && (i < firstTable || !rows.get(i).hasValues())) {
                layoutCells(rows.get(i)).ifPresent(blocks::add);
            }
            prose(rows.get(i).labels(), seen, taken, takenFromShared, blocks);
            prose(rows.get(i).cells(), seen, taken, takenFromShared, blocks);
        }
        return ProseReader.read(blocks, sink.checkTime);
    }

    /**
     * A row of a grid no table took, as a line of prose: the page's layout boxes (a PDF printed from a web page draws
     * the title's table cell, 重庆市信访办公室2020年政府信息 / 公开工作年度报告, and the boxes of its sections' prose), whose
     * title, year, date and sentences are the report's. Below the report's tables only a row without figures: a table
     * of figures is no prose.
     */
    private static Optional<TextBlock> layoutCells(Row row) {
        if (!row.grid()) return Optional.empty();
        StringBuilder text = new StringBuilder();
        for (List<Token> tokens : List.of(row.labels(), row.cells())) {
            for (Token t : tokens) {
                if (t.copy() || t.block() >= 0 || t.raw().isBlank()) continue;
                if (text.length() > 0) text.append(' ');
                text.append(t.raw().strip());
            }
        }
        return text.length() == 0 ? Optional.empty() : Optional.of(new TextBlock(text.toString(), row.provenance()));
    }

    private static void mark(List<Token> tokens, boolean[] blocks) {
        for (int k = 0; k < tokens.size(); k++) {
            int block = tokens.get(k).block();
            if (block >= 0) blocks[block] = true;
        }
    }

    private static void collect(
            List<Token> tokens, boolean[] taken, boolean[] shared, Map<Integer, List<Token>> takenFromShared) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.block() >= 0 && taken[t.block()] && shared[t.block()])
                takenFromShared.computeIfAbsent(t.block(), b -> new ArrayList<>()).add(t);
        }
    }

    /** The prose of the blocks {@code tokens} come from, each block's once: the block, or what no table took of it. */
    private static void prose(List<Token> tokens, boolean[] seen, boolean[] taken,
            Map<Integer, List<Token>> takenFromShared, List<TextBlock> blocks) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.block() < 0 || seen[t.block()]) continue;
            seen[t.block()] = true;
            TextBlock b = t.source().get();
            if (!taken[t.block()]) {
                blocks.add(b);
                continue;
            }
            List<Token> takenOfProse = takenFromShared.isEmpty() ? null : takenFromShared.get(t.block());
            if (takenOfProse != null) remainder(b, takenOfProse).ifPresent(blocks::add);
        }
    }
}
