package org.xxgk.extract.html;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Strict UTF-8 decoded from the bytes straight into the reader's buffer, for a page too large to decode whole
 * or that spells U+FFFD: no decoded copy of the page beside jsoup's own buffer, no stream layers. Bytes that
 * are not UTF-8 throw a {@link CharacterCodingException}; {@link #ended} tells whether every byte was decoded.
 */
final class StrictUtf8Reader extends Reader {
    private final ByteBuffer bytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // the second half of a surrogate pair asked for with room for one char
    private final CharBuffer pair = CharBuffer.allocate(2);
    private int pending = -1;
    boolean ended;

    StrictUtf8Reader(byte[] content) {
        bytes = ByteBuffer.wrap(content);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) return 0;
        if (pending >= 0) {
            buffer[offset] = (char) pending;
            pending = -1;
            return 1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        CoderResult result = decoder.decode(bytes, out, true);
        if (result.isError()) result.throwException();
        int n = out.position() - offset;
        if (n > 0) return n;
        if (result.isOverflow()) {
            // room for one char and a character of two next: decoded apart, its second half kept
            pair.clear();
            CoderResult two = decoder.decode(bytes, pair, true);
            if (two.isError()) two.throwException();
            buffer[offset] = pair.get(0);
            pending = pair.get(1);
            return 1;
        }
        ended = true;
        return -1;
    }

    @Override
    public void close() {}
}
