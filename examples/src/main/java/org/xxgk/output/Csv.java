package org.xxgk.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;

/**
 * The CSV dialect of every CSV the tool writes: RFC 4180 (comma, fields with a comma, quote or
 * line break quoted, a quote doubled), UTF-8, {@code \n} line ends, and by default a UTF-8 byte
 * order mark first, the one sign by which Excel, opening a file by double-click, knows it is UTF-8
 * rather than the system's ANSI code page (GBK on a Chinese Windows, where UTF-8 without it turns
 * into mojibake). pandas reads it with {@code encoding="utf-8-sig"}, which skips the mark.
 */
public final class Csv {

    /** RFC 4180 with {@code \n} records. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** The byte order mark, as a character (its UTF-8 form is EF BB BF). */
    public static final char BOM = '\uFEFF';

    private Csv() {}

    /** A new UTF-8 file, starting with the byte order mark when {@code bom}. */
    static BufferedWriter create(Path path, boolean bom) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        if (bom) writer.write(BOM);
        return writer;
    }
}
