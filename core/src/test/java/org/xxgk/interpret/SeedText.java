package org.xxgk.interpret;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellCatalog;
import org.xxgk.testing.Golden;

/** A seed's text as editable lines, for tests that build a variant of a real report. */
final class SeedText {

    final List<String> lines;

    private SeedText(List<String> lines) {
        this.lines = lines;
    }

    /**
     * The seed's lines with the blank ones left out (the one-cell-per-line seeds separate every line by a blank one).
     */
    static SeedText load(String id) {
        String name = "/seeds/" + Golden.baseName(id) + ".txt";
        try (InputStream in = SeedText.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing " + name);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>();
            for (String l : text.split("\r?\n", -1)) if (!l.isBlank()) lines.add(l);
            return new SeedText(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed read as it is, blank lines and all. */
    static AnnualReport original(String id) {
        String name = Golden.baseName(id) + ".txt";
        try (InputStream in = SeedText.class.getResourceAsStream("/seeds/" + name)) {
            return Xxgk.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int indexOf(String line) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).strip().equals(line)) return i;
        throw new IllegalArgumentException("no line " + line);
    }

    int indexStartingWith(String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        throw new IllegalArgumentException("no line starting with " + prefix);
    }

    /** Replaces the line equal to {@code line}. */
    SeedText replace(String line, String with) {
        lines.set(indexOf(line), with);
        return this;
    }

    /**
     * Prints the row labelled {@code label} (a line of its own, its {@code cells} lines of values after it) as
     * {@code lines} instead.
     */
    SeedText printRow(String label, int cells, String... lines) {
        int at = indexOf(label);
        this.lines.subList(at, at + 1 + cells).clear();
        this.lines.addAll(at, List.of(lines));
        return this;
    }

    /** Replaces the {@code values.length} lines after the label line with {@code values}. */
    SeedText values(String label, String... values) {
        int at = indexOf(label);
        for (int k = 0; k < values.length; k++) lines.set(at + 1 + k, values[k]);
        return this;
    }

    /** The values read of section 三's row {@code row} ({@code newlyReceived}), by column, in the form's order. */
    static Map<String, Integer> applicationRow(AnnualReport r, String row) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (CellCatalog.Item c : CellCatalog.applicationColumns()) {
            r.value("applications." + row + "." + c.id())
                    .map(BigDecimal::intValueExact)
                    .ifPresent(v -> out.put(c.id(), v));
        }
        return out;
    }

    AnnualReport read() {
        return read(String.join("\n", lines));
    }

    static AnnualReport read(String text) {
        return Xxgk.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "variant.txt");
    }
}
