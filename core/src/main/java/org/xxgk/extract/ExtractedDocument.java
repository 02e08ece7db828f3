package org.xxgk.extract;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.xxgk.source.DocumentFormat;
import org.xxgk.source.Warning;

/**
 * What a {@link DocumentExtractor} makes of one input: its blocks in reading order, and the
 * extractor's own warnings (a table that could not be rebuilt, an undecodable byte run ...).
 */
public record ExtractedDocument(String source, DocumentFormat format, List<Block> blocks, List<Warning> warnings) {

    public ExtractedDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    public ExtractedDocument(String source, DocumentFormat format, List<Block> blocks) {
        this(source, format, blocks, List.of());
    }

    public Stream<TableGrid> tables() {
        return blocks.stream().filter(TableGrid.class::isInstance).map(TableGrid.class::cast);
    }

    public Stream<TextBlock> textBlocks() {
        return blocks.stream().filter(TextBlock.class::isInstance).map(TextBlock.class::cast);
    }
}
