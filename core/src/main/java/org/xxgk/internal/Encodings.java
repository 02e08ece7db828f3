package org.xxgk.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * Charset detection for Chinese documents: a BOM wins, then a declared label (GB2312, GBK, x-gbk
 * and cp936 read as GB18030, their superset, as browsers do), then strict UTF-8, then GB18030.
 */
public final class Encodings {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private Encodings() {}

    /** A decoded document and the charset that decoded it. */
    public record Decoded(String text, Charset charset, String evidence) {}

    /** The charset a BOM announces, if the bytes start with one. */
    public static Optional<Charset> bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
            return Optional.of(StandardCharsets.UTF_8);
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            return Optional.of(StandardCharsets.UTF_16BE);
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
            return Optional.of(StandardCharsets.UTF_16LE);
        if (b.length >= 4
                && (b[0] & 0xFF) == 0x84
                && (b[1] & 0xFF) == 0x31
                && (b[2] & 0xFF) == 0x95
                && (b[3] & 0xFF) == 0x33) return Optional.of(GB18030);
        return Optional.empty();
    }

    private static int bomLength(byte[] b, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) return 3;
        if (cs.equals(GB18030)) return 4;
        return 2;
    }

    /** The charset a label names, with the Chinese legacy labels widened to GB18030; empty for an unknown label. */
    public static Optional<Charset> forLabel(String label) {
        if (label == null) return Optional.empty();
        String l = label.trim().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
        switch (l) {
            case "gb2312",
                    "gbk",
                    "x-gbk",
                    "cp936",
                    "ms936",
                    "windows-936",
                    "gb_2312-80",
                    "csgb2312",
                    "euc-cn",
                    "x-euc-cn",
                    "gb18030",
                    "chinese":
                return Optional.of(GB18030);
            case "utf8":
                return Optional.of(StandardCharsets.UTF_8);
            default:
                try {
                    return Optional.of(Charset.forName(l));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty();
                }
        }
    }

    private static boolean hasMultiByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) return true;
        }
        return false;
    }

    /**
     * Whether the bytes are well-formed UTF-8, as the JDK's decoder judges them (no overlong form, no
     * surrogate, nothing past U+10FFFF, no sequence cut at the end). Checked on the bytes: decoding
     * them only to throw the characters away took as long as the reading that follows.
     */
    public static boolean isUtf8(byte[] bytes, int offset) {
        int i = offset;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            int length;
            int low = 0x80;
            int high = 0xBF; // the range of the byte after the lead byte
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                if (b == 0xE0) low = 0xA0;
                if (b == 0xED) high = 0x9F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                if (b == 0xF0) low = 0x90;
                if (b == 0xF4) high = 0x8F;
            } else {
                return false;
            }
            if (i + length > n) return false;
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) return false;
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) return false;
            }
            i += length;
        }
        return true;
    }

    /** Inputs up to this size may be decoded whole ({@link #wholeUtf8}): a string of up to twice as many bytes. */
    public static final int WHOLE_DECODE_BYTES = 4 << 20;

    /**
     * The bytes as one string when they are UTF-8 without a byte order mark and at most {@link #WHOLE_DECODE_BYTES}:
     * the JDK decodes a whole array into a string several times faster than a {@code CharsetDecoder} does, and than
     * {@link #isUtf8} and a decoding take together. Empty otherwise. Bytes that are not UTF-8 decode to U+FFFD, and so
     * does a text that spells U+FFFD: both give empty, and a strict reading tells them apart.
     */
    public static Optional<String> wholeUtf8(byte[] bytes) {
        if (bytes.length > WHOLE_DECODE_BYTES || bomCharset(bytes).isPresent()) return Optional.empty();
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? Optional.of(text) : Optional.empty();
    }

    /**
     * The charset of a document, as {@link #decode} finds it, without decoding it: for a reader
     * that decodes the bytes piece by piece.
     *
     * @param charset  the charset to decode with
     * @param skip     the bytes of the byte order mark, before the text
     * @param evidence what decided
     */
    public record Detected(Charset charset, int skip, String evidence) {}

    /**
     * Decodes a document. A declared charset (from a meta tag) is trusted only when the bytes agree
     * with it: a GBK page that claims UTF-8 is still read as GBK.
     */
    public static Decoded decode(byte[] bytes, Optional<String> declaredLabel) {
        Detected d = detect(bytes, declaredLabel);
        return new Decoded(
                new String(bytes, d.skip(), bytes.length - d.skip(), d.charset()), d.charset(), d.evidence());
    }

    /**
     * The charset {@link #decode} would decode with (a BOM, a declared label the bytes agree with, strict UTF-8,
     * GB18030).
     */
    public static Detected detect(byte[] bytes, Optional<String> declaredLabel) {
        Optional<Charset> bom = bomCharset(bytes);
        if (bom.isPresent()) {
            return new Detected(bom.get(), bomLength(bytes, bom.get()), "byte order mark");
        }
        Optional<Charset> declared = declaredLabel.flatMap(Encodings::forLabel);
        boolean utf8 = isUtf8(bytes, 0);
        if (declared.isPresent()) {
            Charset cs = declared.get();
            if (cs.equals(StandardCharsets.UTF_8) && !utf8) {
                return new Detected(GB18030, 0, "declared UTF-8 but not valid UTF-8; read as GB18030");
            }
            // Chinese text in GBK is almost never valid UTF-8 by chance, so valid multi-byte UTF-8
            // under a GB label means the page was re-encoded and its meta tag kept.
            if (cs.equals(GB18030) && utf8 && hasMultiByte(bytes)) {
                return new Detected(
                        StandardCharsets.UTF_8,
                        0,
                        "declared " + declaredLabel.get() + " but valid UTF-8; read as UTF-8");
            }
            return new Detected(cs, 0, "declared " + declaredLabel.get());
        }
        if (utf8) return new Detected(StandardCharsets.UTF_8, 0, "valid UTF-8");
        return new Detected(GB18030, 0, "not UTF-8; read as GB18030");
    }
}
