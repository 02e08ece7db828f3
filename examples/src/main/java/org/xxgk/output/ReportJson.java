package org.xxgk.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xxgk.check.Finding;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;
import org.xxgk.model.NarrativeFigure;
import org.xxgk.source.Provenance;
import org.xxgk.source.Warning;

/**
 * The JSON layout of a report, and the only place that knows it. One object per report:
 *
 * <pre>
 * source, format, template, year, agency, publishedDate,
 * cells       key -&gt; number, or null for a blank printed cell (spec/cells.md keys and order)
 * units       key -&gt; unit, for the cells that state one
 * labels      LEGACY key -&gt; the indicator's label as printed
 * provenance  key -&gt; {page, table, row, column, line, raw} (numbers that are 0 left out)
 * narrative   name -&gt; {value, unit, quote} (the first figure of each name)
 * findings    [{rule, severity, message {zh, en}, keys, expected, actual, provenance, fingerprint}]
 * warnings    [{code, message, provenance}]
 * </pre>
 *
 * Numbers are JSON numbers written as printed: {@code 14241119.2}, {@code 4}, never {@code 1.0E+3}
 * or {@code 4.0} for a {@code 4}. A value absent from the model is {@code null}, never left out, so
 * every object has every field.
 */
public final class ReportJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final boolean pretty;

    private ReportJson(boolean pretty) {
        this.pretty = pretty;
    }

    /** Indented, for one report on a terminal. */
    public static ReportJson pretty() {
        return new ReportJson(true);
    }

    /** On one line, for JSON Lines. */
    public static ReportJson compact() {
        return new ReportJson(false);
    }

    /**
     * Stands for the findings array in {@link #withoutFindings}: a NUL, which JSON text holds
     * nowhere else (Jackson escapes it inside strings).
     */
    private static final String FINDINGS_SLOT = "\u0000";

    /** The report with its findings, as one JSON object (no line break at the end). */
    public String report(AnnualReport report, List<Finding> findings) {
        if (!pretty) return withFindings(withoutFindings(report), findings);
        return write(g -> writeReport(g, report, h -> writeFindings(h, findings)));
    }

    /**
     * The compact report with a slot where its findings go, for a job that learns some of them
     * (the cross-report ones) only after the report is gone; {@link #withFindings} fills it.
     */
    public String withoutFindings(AnnualReport report) {
        if (pretty) throw new IllegalStateException("only compact JSON has a findings slot");
        return write(g -> writeReport(g, report, h -> {
            h.writeFieldName("findings");
            h.writeRawValue(FINDINGS_SLOT);
        }));
    }

    /** {@link #withoutFindings} with the slot filled: what {@link #report} gives for these findings. */
    public String withFindings(String withoutFindings, List<Finding> findings) {
        int slot = withoutFindings.indexOf(FINDINGS_SLOT);
        if (slot < 0) throw new IllegalArgumentException("no findings slot in this JSON");
        String array = write(g -> {
            g.writeStartArray();
            for (Finding finding : findings) writeFinding(g, finding);
            g.writeEndArray();
        });
        return withoutFindings.substring(0, slot) + array + withoutFindings.substring(slot + FINDINGS_SLOT.length());
    }

    private static void writeReport(JsonGenerator g, AnnualReport report, Body findings) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", report.source());
        g.writeStringField("format", report.format().name());
        g.writeStringField("template", report.template().name());
        if (report.year().isPresent()) g.writeNumberField("year", report.year().getAsInt());
        else g.writeNullField("year");
        writeOptional(g, "agency", report.agency());
        writeOptional(g, "publishedDate", report.publishedDate().map(Object::toString));

        g.writeObjectFieldStart("cells");
        for (CellValue cell : report.cells().values()) {
            g.writeFieldName(cell.key());
            writeNumber(g, cell.value());
        }
        g.writeEndObject();

        writeStrings(g, "units", report.units());
        writeStrings(g, "labels", report.labels());

        g.writeObjectFieldStart("provenance");
        for (CellValue cell : report.cells().values()) {
            g.writeFieldName(cell.key());
            g.writeStartObject();
            writeProvenanceFields(g, cell.provenance());
            g.writeStringField("raw", cell.raw());
            g.writeEndObject();
        }
        g.writeEndObject();

        g.writeObjectFieldStart("narrative");
        Set<String> named = new HashSet<>();
        for (NarrativeFigure figure : report.narrative()) {
            if (!named.add(figure.name())) continue;
            g.writeObjectFieldStart(figure.name());
            g.writeFieldName("value");
            g.writeNumber(Decimals.plain(figure.value()));
            writeOptional(g, "unit", figure.unit());
            g.writeStringField("quote", figure.quote());
            g.writeEndObject();
        }
        g.writeEndObject();

        findings.writeTo(g);

        g.writeArrayFieldStart("warnings");
        for (Warning warning : report.warnings()) {
            g.writeStartObject();
            g.writeStringField("code", warning.code().code());
            g.writeStringField("message", warning.message());
            writeProvenance(g, "provenance", warning.provenance());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The findings of one report, for {@code check --format json}: {@code {source, findings}}. */
    public String findings(String source, List<Finding> findings) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("source", source);
            writeFindings(g, findings);
            g.writeEndObject();
        });
    }

    private static void writeFindings(JsonGenerator g, List<Finding> findings) throws IOException {
        g.writeArrayFieldStart("findings");
        for (Finding finding : findings) writeFinding(g, finding);
        g.writeEndArray();
    }

    private static void writeFinding(JsonGenerator g, Finding finding) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", finding.rule());
        g.writeStringField("severity", finding.severity().name());
        g.writeObjectFieldStart("message");
        g.writeStringField("zh", finding.messageZh());
        g.writeStringField("en", finding.messageEn());
        g.writeEndObject();
        g.writeArrayFieldStart("keys");
        for (String key : finding.keys()) g.writeString(key);
        g.writeEndArray();
        g.writeFieldName("expected");
        writeNumber(g, finding.expected());
        g.writeFieldName("actual");
        writeNumber(g, finding.actual());
        g.writeObjectFieldStart("provenance");
        for (Map.Entry<String, Provenance> e : finding.provenance().entrySet()) {
            writeProvenance(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeStringField("fingerprint", finding.fingerprint());
        g.writeEndObject();
    }

    private static void writeProvenance(JsonGenerator g, String field, Provenance provenance) throws IOException {
        g.writeObjectFieldStart(field);
        writeProvenanceFields(g, provenance);
        g.writeEndObject();
    }

    private static void writeProvenanceFields(JsonGenerator g, Provenance p) throws IOException {
        if (p.page() > 0) g.writeNumberField("page", p.page());
        if (p.table() > 0) g.writeNumberField("table", p.table());
        if (p.row() > 0) g.writeNumberField("row", p.row());
        if (p.column() > 0) g.writeNumberField("column", p.column());
        if (p.line() > 0) g.writeNumberField("line", p.line());
    }

    private static void writeNumber(JsonGenerator g, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) g.writeNumber(Decimals.plain(value.get()));
        else g.writeNull();
    }

    private static void writeOptional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) g.writeStringField(field, value.get());
        else g.writeNullField(field);
    }

    private static void writeStrings(JsonGenerator g, String field, Map<String, String> map) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, String> e : map.entrySet()) g.writeStringField(e.getKey(), e.getValue());
        g.writeEndObject();
    }

    private interface Body {
        void writeTo(JsonGenerator g) throws IOException;
    }

    private String write(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            if (pretty) {
                // "\n" whatever the platform's line separator, so that the output is the same everywhere
                g.setPrettyPrinter(new DefaultPrettyPrinter()
                        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
            }
            body.writeTo(g);
        } catch (IOException e) {
            // a StringWriter does not fail; Jackson declares IOException all the same
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
