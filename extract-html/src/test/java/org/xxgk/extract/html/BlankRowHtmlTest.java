package org.xxgk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.Golden;
import org.xxgk.testing.GoldenAssert;

/**
 * {@code derived/blank-org.html} (fixture 000.html, its organisation columns left blank) with the row
 * 3.要求提供公开出版物 left blank whole, as reports that leave their zeros blank print a row of zeros: the row is the
 * form's all the same, every one of its seven cells a key without a value (cells.md), and every other cell as in
 * {@code blank-org.json}.
 */
class BlankRowHtmlTest {

    private static final String PUBLICATION = "applications.notProcessed.publication.";

    private static String page() throws IOException {
        try (InputStream in = BlankRowHtmlTest.class.getResourceAsStream("/derived/blank-org.html")) {
            if (in == null) throw new IllegalStateException("missing test resource /derived/blank-org.html");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The page with every cell of the row labelled {@code label} emptied (its zeros removed). */
    private static String blanked(String page, String label) {
        int from = page.indexOf(label);
        int to = page.indexOf("</tr>", from);
        assertThat(from).isPositive();
        String row = page.substring(from, to);
        assertThat(row).contains(">0<");
        return page.substring(0, from) + row.replace(">0<", "><") + page.substring(to);
    }

    @Test
    void aRowLeftBlankWholeHasEveryKeyWithoutAValue() throws IOException {
        byte[] bytes = blanked(page(), "要求提供公开出版物").getBytes(StandardCharsets.UTF_8);
        AnnualReport r = Xxgk.read(new ByteArrayInputStream(bytes), "blank-row.html");
        for (String column : List.of("naturalPerson", "commercial", "research", "publicInterest", "legalService",
                "otherOrg", "total")) {
            assertThat(r.prints(PUBLICATION + column)).as(column).isTrue();
            assertThat(r.value(PUBLICATION + column)).as(column).isEmpty();
        }
        GoldenAssert.assertCellsExcept(r, Golden.load("/derived/blank-org.json", "blank-org"), PUBLICATION);
    }
}
