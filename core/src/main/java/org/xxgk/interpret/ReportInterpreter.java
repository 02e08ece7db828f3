package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
     * Interprets one document, calling {@code checkTime} in every long loop so that a time limit
     * stops a pathological input mid-way ({@code ExtractionContext::checkTime} throws once the deadline has passed).
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

    private AnnualReport interpret(ExtractedDocument document, Runnable checkTime, LongConsumer checkCells) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(checkTime, "checkTime");
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

    /**
     * The LEGACY table, read both as a table of cells and as rows run together; the reading that
     * places more values wins (a table of cells reads nothing of a run-together copy, and the other way round).
     */
    private static Optional<TableRange> readLegacy(List<Row> rows, ExtractedDocument document, CellSink sink) {
        CellSink cells = new CellSink(sink.checkTime);
        Optional<TableRange> asCells = LegacyTableReader.read(rows, cells);
        CellSink runs = new CellSink(sink.checkTime);
        String prose = String.join("\n", document.textBlocks().map(TextBlock::text).toList());
        Optional<TableRange> asRuns = LegacyRunReader.read(rows, prose, runs);
        boolean useRuns = asRuns.isPresent() && present(runs) > present(cells);
        CellSink chosen = useRuns ? runs : cells;
        severalTables(rows, chosen)
                .ifPresent(n -> sink.warn(
                        WarningCode.SEVERAL_REPORTS,
                        "the table's first indicator is printed " + n
                                + " times: the file seems to hold several reports; the first is read",
                        Provenance.NONE));
        sink.cells.putAll(chosen.cells);
        sink.labels.putAll(chosen.labels);
        sink.warnings.addAll(chosen.warnings);
        return useRuns ? asRuns : asCells;
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
                String text = Labels.norm(t.raw());
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
        // by the index of the text block each token came from: a block's tokens taken by a table, and whether any
        // of its tokens stayed out of one
        List<List<Token>> consumed = new ArrayList<>(Collections.nCopies(blockCount, null));
        boolean[] shared = new boolean[blockCount];
        for (int i = 0; i < rows.size(); i++) {
            // a part's heading inside a table's rows (三、收到和处理… between the tables) stays the prose's
            boolean inTable = inAny(used, i) && !isPartHeading(rows.get(i));
            for (List<Token> tokens : List.of(rows.get(i).labels(), rows.get(i).cells())) {
                for (Token t : tokens) {
                    if (t.block() < 0) continue;
                    if (!inTable) {
                        shared[t.block()] = true;
                    } else {
                        if (consumed.get(t.block()) == null) consumed.set(t.block(), new ArrayList<>());
                        consumed.get(t.block()).add(t);
                    }
                }
            }
        }
        // a line read as several cells gives its block once
        boolean[] seen = new boolean[blockCount];
        List<TextBlock> blocks = new ArrayList<>();
        for (Row r : rows) {
            for (List<Token> tokens : List.of(r.labels(), r.cells())) {
                for (Token t : tokens) {
                    if (t.block() < 0 || seen[t.block()]) continue;
                    seen[t.block()] = true;
                    TextBlock b = t.source().get();
                    List<Token> taken = consumed.get(t.block());
                    if (taken == null) blocks.add(b);
                    else if (shared[t.block()]) remainder(b, taken).ifPresent(blocks::add);
                }
            }
        }
        return ProseReader.read(blocks, sink.checkTime);
    }
}
