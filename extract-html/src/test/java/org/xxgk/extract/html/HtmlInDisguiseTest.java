package org.xxgk.extract.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.Xxgk;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.internal.Encodings;
import org.xxgk.model.AnnualReport;
import org.xxgk.source.DocumentFormat;
import org.xxgk.source.Warning;
import org.xxgk.testing.Golden;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fixture page disguised as real reports arrive: behind a crawler's header in a {@code .txt},
 * inside a JavaScript string in a {@code .js} or {@code .txt}, inside a JSON document. Each
 * disguise is made here from the fixture and must read as the fixture itself does: the same
 * blocks from the extractor, the same cells through the facade, format HTML.
 */
class HtmlInDisguiseTest {

    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build();
    private static final JsonMapper ASCII_JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** One way of hiding a page: the file name ending, and the file made from the page's text in its charset. */
    enum Disguise {
        /** A saved page behind more than 20 KB of a crawler's plain-text header. */
        CRAWLER_HEADER(".txt", (page, cs) -> concat(crawlerHeader(cs).getBytes(cs), page.getBytes(cs))),
        /** {@code document.write("…")} with \" \/ \n \t escapes, in the page's own charset. */
        DOCUMENT_WRITE_JS(".js", (page, cs) -> ("document.write(\"" + js(page, '"', false) + "\");\n").getBytes(cs)),
        /** The same script saved as a .txt. */
        DOCUMENT_WRITE_TXT(".txt", (page, cs) -> ("document.write(\"" + js(page, '"', false) + "\");\n").getBytes(cs)),
        /** {@code var html = '…';} with \' and every non-ASCII character as a unicode escape: pure ASCII. */
        VAR_SINGLE_QUOTED_ASCII(
                ".js",
                (page, cs) -> ("// 年报正文\nvar html = '" + js(page, '\'', true)
                                + "';\ndocument.getElementById('c').innerHTML = html;\n")
                        .getBytes(StandardCharsets.US_ASCII)),
        /** One literal per line of the page, joined with +. */
        CONCATENATED_JS(".js", (page, cs) -> concatenated(page).getBytes(cs)),
        /** {@code {"title":"…","content":"…"}} as a JSON encoder writes it (UTF-8, slashes escaped). */
        JSON_DOCUMENT(".json", (page, cs) -> json(JSON, page).getBytes(StandardCharsets.UTF_8)),
        /**
         * The same with non-ASCII as unicode escapes and {@code < > & ' =} too, as HTML-safe encoders (Gson) write it.
         */
        JSON_HTML_SAFE(".json", (page, cs) -> htmlSafe(json(ASCII_JSON, page)).getBytes(StandardCharsets.US_ASCII));

        final String suffix;
        final BiFunction<String, Charset, byte[]> make;

        Disguise(String suffix, BiFunction<String, Charset, byte[]> make) {
            this.suffix = suffix;
            this.make = make;
        }
    }

    static Stream<Arguments> disguisedFixtures() {
        return Golden.IDS.stream().flatMap(id -> Stream.of(Disguise.values()).map(d -> Arguments.of(id, d)));
    }

    @ParameterizedTest(name = "{0}.html as {1}")
    @MethodSource("disguisedFixtures")
    void extractsTheSameBlocksAsTheFixture(String id, Disguise disguise) {
        ExtractedDocument expected = HtmlFixtures.fixture(id);

        ExtractedDocument actual = HtmlFixtures.extract(disguised(id, disguise), id + disguise.suffix);

        assertThat(actual.blocks()).isEqualTo(expected.blocks());
        assertThat(actual.warnings()).extracting(w -> w.code().code())
                .containsExactly(disguise == Disguise.CRAWLER_HEADER ? "TEXT_BEFORE_PAGE" : "HTML_FROM_SCRIPT");
    }

    @ParameterizedTest(name = "{0}.html as {1}")
    @MethodSource("disguisedFixtures")
    void readsToTheSameCellsAsTheFixture(String id, Disguise disguise) {
        AnnualReport expected = Xxgk.read(new ByteArrayInputStream(HtmlFixtures.bytes(id)), id + ".html");

        AnnualReport actual = Xxgk.read(new ByteArrayInputStream(disguised(id, disguise)), id + disguise.suffix);

        assertThat(actual.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(actual.cells()).isEqualTo(expected.cells());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void aPlainTextReportStaysText(String id) {
        String name = Golden.baseName(id) + ".txt";
        byte[] seed = resource("/seeds/" + name);
        // prose that quotes a tag or two is not markup
        byte[] mentioning = concat("说明：网页版用<table>标签排版表格，用<p>…</p>分段。\n".getBytes(StandardCharsets.UTF_8), seed);

        assertThat(Xxgk.builder().build().extract(seed, name).format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(Xxgk.builder().build().extract(mentioning, name).format()).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void aPageThatIsPlainHtmlIsLeftAlone() {
        assertThat(HtmlFixtures.fixture("000").warnings()).isEmpty();
    }

    /** The fixture hidden in a disguise, its text decoded as the fixture README says. */
    private static byte[] disguised(String id, Disguise disguise) {
        Charset cs = id.equals("002") ? Encodings.GB18030 : StandardCharsets.UTF_8;
        String page = new String(HtmlFixtures.bytes(id), cs);
        return disguise.make.apply(page, cs);
    }

    private static String crawlerHeader(Charset cs) {
        StringBuilder header = new StringBuilder()
                .append("URL: http://www.example.gov.cn/zwgk/zfxxgkml/ndbg/index.html\n")
                .append("Fetched: 2021-03-01T08:00:00Z\n")
                .append("Content-Type: text/html; charset=").append(cs.name()).append("\n");
        String note = "X-Crawler-Note: 本文件由采集程序保存，原网页见下文。\n";
        while (header.toString().getBytes(cs).length < 20 * 1024) header.append(note.repeat(50));
        header.append("\n");
        return header.toString();
    }

    /** {@code page} as the body of a JavaScript literal in {@code quote}s. */
    private static String js(String page, char quote, boolean asciiOnly) {
        StringBuilder out = new StringBuilder(page.length() + page.length() / 8);
        for (int i = 0; i < page.length(); i++) {
            char c = page.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append("\\/");
                default -> {
                    if (c == quote) out.append('\\').append(c);
                    else if (c >= 0x7F && asciiOnly || c == '\u2028' || c == '\u2029')
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static String concatenated(String page) {
        StringBuilder out = new StringBuilder("var html = \"\"");
        for (String line : page.split("(?<=\n)")) out.append("\n    + \"").append(js(line, '"', false)).append('"');
        return out.append(";\n").toString();
    }

    private static String json(JsonMapper mapper, String page) {
        Map<String, String> document = new LinkedHashMap<>();
        document.put("title", "政府信息公开工作年度报告");
        document.put("content", page);
        document.put("source", "门户网站");
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gson's HTML-safe escaping; these characters occur in JSON only inside strings, so replacing is safe. */
    private static String htmlSafe(String json) {
        return json.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("'", "\\u0027")
                .replace("=", "\\u003d");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = HtmlInDisguiseTest.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
