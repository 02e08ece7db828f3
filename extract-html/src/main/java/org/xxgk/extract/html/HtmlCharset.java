package org.xxgk.extract.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.internal.Encodings;

/**
 * Finds the charset a page declares in a {@code <meta charset>} or {@code http-equiv} content
 * label, for {@link Encodings#decode} (a BOM wins over it, sniffing follows it; GB2312/GBK labels
 * are widened to GB18030 and a UTF-8 label on non-UTF-8 bytes is distrusted there). jsoup's own
 * charset handling is never used: it reads gb2312 strictly and falls back to UTF-8.
 */
final class HtmlCharset {

    /** How far into the page a charset label is looked for (Word exports carry long heads). */
    static final int PRESCAN_BYTES = 8192;

    // <meta charset="gb2312"> and <meta http-equiv="Content-Type" content="text/html; charset=gbk">
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {}

    /** The charset label a {@code <meta>} tag declares within the first {@link #PRESCAN_BYTES}, if any. */
    static Optional<String> declaredLabel(byte[] content) {
        // ISO-8859-1 maps every byte to one char, so the ASCII markup reads the same whatever the real charset
        String head = new String(content, 0, Math.min(content.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return Optional.empty();
        String label = m.group(1).toLowerCase(Locale.ROOT);
        // A page whose bytes are ASCII-compatible enough to carry a readable <meta> is not UTF-16 or
        // UTF-32, whatever it says (WHATWG: such a label means UTF-8).
        if (label.startsWith("utf-16") || label.startsWith("utf-32") || label.startsWith("ucs-2"))
            return Optional.of("utf-8");
        return Optional.of(label);
    }
}
