package org.xxgk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;

/**
 * A web page prints each of its cells, blank ones included ({@code <td></td>}): a row whose last cell is blank left its
 * total blank, whatever its other values add up to. (A text table that prints fewer cells than its columns may have
 * lost one anywhere, {@code LostCellsTest}; a page's cells are where it puts them.) Fixture 000.html with the row
 * 3.危及“三安全一稳定” printed 2 0 0 0 0 2 and a blank 总计.
 */
class ShortRowHtmlTest {

    private static final String SECURITY = "applications.refused.security.";

    @Test
    void aBlankLastCellOfAPageIsABlankTotal() {
        String page = new String(HtmlFixtures.bytes("000"), StandardCharsets.UTF_8);
        int from = page.indexOf("危及");
        int to = page.indexOf("</tr>", from);
        String[] zeros = page.substring(from, to).split(">0<", -1);
        assertThat(zeros).hasSize(8); // seven cells of 0
        String row = zeros[0] + ">2<" + zeros[1] + ">0<" + zeros[2] + ">0<" + zeros[3] + ">0<" + zeros[4] + ">0<"
                + zeros[5] + ">2<" + zeros[6] + "><" + zeros[7];
        byte[] bytes = (page.substring(0, from) + row + page.substring(to)).getBytes(StandardCharsets.UTF_8);
        AnnualReport r = Xxgk.read(new ByteArrayInputStream(bytes), "000.html");
        List<Integer> printed = List.of(2, 0, 0, 0, 0, 2);
        List<String> columns = List.of("naturalPerson", "commercial", "research", "publicInterest", "legalService",
                "otherOrg");
        for (int c = 0; c < columns.size(); c++) {
            int want = printed.get(c);
            assertThat(r.value(SECURITY + columns.get(c))).as(columns.get(c))
                    .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(want));
        }
        assertThat(r.prints(SECURITY + "total")).isTrue();
        assertThat(r.value(SECURITY + "total")).isEmpty();
    }
}
