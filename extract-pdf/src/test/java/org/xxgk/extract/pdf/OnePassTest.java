package org.xxgk.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.Ruling;
import technology.tabula.TextElement;
import technology.tabula.Utils;

/**
 * {@link PageContent}, one pass over each page's content, against the two passes the extractor
 * made before ({@link TwoPassPageObjects}: Tabula's text stripper, then a graphics engine for the
 * rulings): every glyph (text, box, font size, space width, direction), every raw ruling and the
 * page's geometry equal, on every PDF the module has; a Type 3 glyph's drawing gives no ruling.
 * And {@link Coordinates#round2} against
 * Tabula's {@link Utils#round}.
 */
class OnePassTest {

    @SuppressWarnings("deprecation") // getMinCharWidth/Height: what Page snaps rulings with
    private static String describe(Page page) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "page %d rotation %d box %s min %s x %s%n",
                page.getPageNumber(),
                page.getRotation(),
                page.getBounds2D(),
                page.getMinCharWidth(),
                page.getMinCharHeight()));
        for (TextElement te : page.getText()) {
            out.append(String.format(
                    Locale.ROOT,
                    "  glyph %s %s %s %s %s %s %s %s %s%n",
                    te.getText(),
                    te.x,
                    te.y,
                    te.width,
                    te.height,
                    te.getFontSize(),
                    te.getWidthOfSpace(),
                    te.getDirection(),
                    te.getFont() == null ? "-" : te.getFont().getName()));
        }
        for (Ruling r : page.getUnprocessedRulings()) {
            out.append(String.format(Locale.ROOT, "  ruling %s %s %s %s%n", r.x1, r.y1, r.x2, r.y2));
        }
        return out.toString();
    }

    private static List<String> onePass(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        PageContent.read(document, page -> pages.add(describe(page)));
        return pages;
    }

    private static List<String> twoPasses(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= document.getNumberOfPages(); p++)
            pages.add(describe(TwoPassPageObjects.extract(document, p)));
        return pages;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "fixtures/000", "fixtures/001", "fixtures/002", "fixtures/003", "fixtures/004",
        "real/014",
        "derived/chromium/000", "derived/chromium/001", "derived/chromium/002", "derived/chromium/003",
        "derived/chromium/004", "derived/chromium/blank-org",
        "chromium-split/values-first", "chromium-split/values-after"})
    void onePassGivesWhatTwoPassesGave(String id) throws IOException {
        String resource = "/" + id + ".pdf";
        try (InputStream in = OnePassTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            byte[] bytes = in.readAllBytes();
            List<String> expected;
            try (PDDocument document = PDDocument.load(bytes)) {
                expected = twoPasses(document);
            }
            try (PDDocument document = PDDocument.load(bytes)) {
                List<String> actual = onePass(document);
                assertThat(actual).hasSameSizeAs(expected);
                for (int p = 0; p < expected.size(); p++)
                    assertThat(actual.get(p)).as(id + " page " + (p + 1)).isEqualTo(expected.get(p));
            }
        }
    }

    @Test
    void aPageWithoutContentIsAnEmptyPageInItsPlace() throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int p = 1; p <= 4; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                if (p == 1 || p == 4) continue; // no content stream
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.addRect(50, 50, 200, 100);
                    content.stroke();
                    content.beginText();
                    content.setFont(PDType1Font.HELVETICA, 12);
                    content.newLineAtOffset(60, 120);
                    content.showText("page " + p);
                    content.endText();
                }
            }
            List<Page> pages = new ArrayList<>();
            PageContent.read(document, pages::add);

            assertThat(pages).extracting(Page::getPageNumber).containsExactly(1, 2, 3, 4);
            assertThat(pages).extracting(page -> page.getText().size()).containsExactly(0, 6, 6, 0);
            assertThat(pages).extracting(page -> page.getUnprocessedRulings().size()).containsExactly(0, 4, 4, 0);
            assertThat(onePass(document)).isEqualTo(twoPasses(document));
        }
    }

    /**
     * A Type 3 font whose glyph {@code A} is drawn as a filled box, as Chromium's CJK glyphs draw
     * their straight strokes: Tabula's own extractor runs the glyph's procedure and reads the
     * box's edges as four rulings; one pass keeps only the ruling the page itself draws.
     */
    @Test
    void type3GlyphDrawingsAreNoRulings() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            COSStream box = document.getDocument().createCOSStream();
            try (OutputStream out = box.createOutputStream()) {
                out.write("1000 0 0 0 800 800 d1\n100 100 600 600 re f\n".getBytes(StandardCharsets.US_ASCII));
            }
            COSDictionary charProcs = new COSDictionary();
            charProcs.setItem(COSName.getPDFName("box"), box);
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(65));
            differences.add(COSName.getPDFName("box"));
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.DIFFERENCES, differences);
            COSArray widths = new COSArray();
            widths.add(COSInteger.get(1000));
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE3);
            font.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 1000, 1000).getCOSArray());
            COSArray matrix = new COSArray();
            matrix.setFloatArray(new float[] {0.001f, 0, 0, 0.001f, 0, 0});
            font.setItem(COSName.FONT_MATRIX, matrix);
            font.setItem(COSName.CHAR_PROCS, charProcs);
            font.setItem(COSName.ENCODING, encoding);
            font.setInt(COSName.FIRST_CHAR, 65);
            font.setInt(COSName.LAST_CHAR, 65);
            font.setItem(COSName.WIDTHS, widths);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType3Font(font));
            page.setResources(resources);
            COSStream content = document.getDocument().createCOSStream();
            try (OutputStream out = content.createOutputStream()) {
                out.write("BT /F1 40 Tf 100 600 Td (AAAA) Tj ET\n50 500 m 400 500 l S\n"
                        .getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(new PDStream(content));

            List<Page> pages = new ArrayList<>();
            PageContent.read(document, pages::add);
            List<Ruling> tabulas = new ObjectExtractor(document).extract(1).getUnprocessedRulings();

            assertThat(pages.get(0).getText()).extracting(TextElement::getText).containsExactly("A", "A", "A", "A");
            assertThat(pages.get(0).getUnprocessedRulings()).hasSize(1);
            assertThat(pages.get(0).getUnprocessedRulings().get(0).horizontal()).isTrue();
            assertThat(tabulas).as("Tabula's own extractor, glyph boxes included").hasSizeGreaterThan(4 * 4);
        }
    }

    @Test
    void roundingIsTabulasWithoutTheBigDecimal() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 300_000; i++) {
            double d = switch (i % 5) {
                case 0 -> random.nextDouble(-2000, 2000);
                case 1 -> (float) random.nextDouble(-2000, 2000);
                case 2 -> random.nextInt(-200_000, 200_000) / 100.0 + 0.005; // at a tie, as near as a double gets
                case 3 -> (float) (random.nextInt(-200_000, 200_000) / 1000.0); // thousandths as floats
                default -> random.nextDouble(-1e8, 1e8);
            };
            assertRoundsLikeTabula(d);
        }
        for (double d : new double[] {
            0,
            -0.0,
            0.005,
            -0.005,
            0.015,
            1.005,
            2.675,
            1e-9,
            -1e-9,
            41943.035,
            41943.045,
            1e7,
            1e12,
            Float.MAX_VALUE,
            Double.MIN_VALUE
        }) {
            assertRoundsLikeTabula(d);
        }
    }

    private static void assertRoundsLikeTabula(double d) {
        float expected = Utils.round(d, 2);
        float actual = Coordinates.round2(d);
        if (Float.floatToIntBits(actual) != Float.floatToIntBits(expected)) {
            throw new AssertionError("round2(" + d + ") = " + actual + ", Tabula: " + expected);
        }
    }
}
