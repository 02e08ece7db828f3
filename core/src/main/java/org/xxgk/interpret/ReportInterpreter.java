package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.xxgk.NotAReportException;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.Provenance;
import org.xxgk.extract.TextBlock;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.Template;
import org.xxgk.model.Warning;

/** Turns an extracted document of any format into an {@link AnnualReport}. Immutable and thread-safe. */
public final class ReportInterpreter {

    public ReportInterpreter() {}

    /**
     * Interprets one document.
     *
     * @throws org.xxgk.NotAReportException when nothing of an annual report is found
     */
    public AnnualReport interpret(ExtractedDocument document) {
        Objects.requireNonNull(document, "document");
        List<Row> rows = RowStream.of(document);
        TemplateDetector.Detection detection = TemplateDetector.detect(rows);
        Template template = detection.template();
        List<String> evidence = new ArrayList<>(detection.evidence());
        CellSink sink = new CellSink();
        List<TableRange> used = new ArrayList<>();

        if (template == Template.UNKNOWN && ApplicationTableReader.start(rows, Template.V2021) >= 0) {
            // no telltale label: the applications table decides by its (六) rows
            template = hasOtherSubRows(rows) ? Template.V2021 : Template.V2019;
            evidence.add("section 三 table with " + (template == Template.V2021 ? "three (六) sub-rows" : "one (六) row"));
        }
        switch (template) {
            case V2019, V2021 -> readTemplateTables(rows, template, sink, used);
            case LEGACY -> LegacyTableReader.read(rows, sink).ifPresentOrElse(used::add,
                    () -> sink.warn("TABLE_NOT_FOUND", "政府信息公开情况统计表 not found", Provenance.NONE));
            default -> {
                if (!hasReportHeading(rows)) {
                    throw new NotAReportException(document.source(), "not-a-report",
                            "no report table, template label or report heading found");
                }
                sink.warn("TABLE_NOT_FOUND", "no statistical table of a known template found", Provenance.NONE);
            }
        }

        Prose prose = readProse(rows, used, sink);
        List<Warning> warnings = new ArrayList<>(document.warnings());
        warnings.addAll(sink.warnings);
        warnings.addAll(prose.warnings());
        return new AnnualReport(document.source(), document.format(), template, evidence, prose.title(), prose.agency(),
                prose.year(), prose.publishedDate(), sink.cells, sink.labels, prose.sections(), prose.narrative(), warnings);
    }

    private static void readTemplateTables(List<Row> rows, Template template, CellSink sink, List<TableRange> used) {
        Optional<TableRange> applications = ApplicationTableReader.read(rows, template, sink);
        int appStart = applications.map(TableRange::first).orElse(rows.size());
        Optional<TableRange> active = ActiveTableReader.read(rows, template, appStart, sink);
        int reviewFrom = applications.map(r -> r.last() + 1).orElse(active.map(r -> r.last() + 1).orElse(0));
        Optional<TableRange> review = ReviewTableReader.read(rows, reviewFrom, sink);
        active.ifPresentOrElse(used::add, () -> sink.warn("TABLE_NOT_FOUND", "二: the active disclosure table was not found", Provenance.NONE));
        applications.ifPresentOrElse(used::add, () -> sink.warn("TABLE_NOT_FOUND", "三: the applications table was not found", Provenance.NONE));
        review.ifPresentOrElse(used::add, () -> sink.warn("TABLE_NOT_FOUND", "四: the review and litigation table was not found", Provenance.NONE));
    }

    private static boolean hasOtherSubRows(List<Row> rows) {
        for (Row r : rows) {
            for (Token t : r.labels()) {
                String text = Labels.text(t.raw());
                if (text.startsWith("申请人无正当理由逾期不补正") || text.startsWith("申请人逾期未按收费通知")) return true;
            }
        }
        return false;
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

    /** The prose reader gets the text blocks that no table reader used. */
    private static Prose readProse(List<Row> rows, List<TableRange> used, CellSink sink) {
        Map<TextBlock, Boolean> consumed = new IdentityHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i;
            if (used.stream().noneMatch(r -> r.contains(row))) continue;
            Row r = rows.get(i);
            for (Token t : r.labels()) t.source().ifPresent(b -> consumed.put(b, Boolean.TRUE));
            for (Token t : r.cells()) t.source().ifPresent(b -> consumed.put(b, Boolean.TRUE));
        }
        // a line read as several cells gives its block once
        Map<TextBlock, Boolean> prose = new IdentityHashMap<>();
        List<TextBlock> blocks = new ArrayList<>();
        for (Row r : rows) {
            List<Token> tokens = new ArrayList<>(r.labels());
            tokens.addAll(r.cells());
            for (Token t : tokens) {
                t.source().filter(b -> !consumed.containsKey(b) && prose.put(b, Boolean.TRUE) == null).ifPresent(blocks::add);
            }
        }
        try {
            return ProseReader.read(blocks);
        } catch (RuntimeException e) {
            // the tables stand on their own: a failure in the prose costs the metadata, not the report
            sink.warn("PROSE_UNREADABLE", "the report's prose could not be read: " + e, Provenance.NONE);
            return new Prose(Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), List.of(), List.of(), List.of());
        }
    }
}
