package org.xxgk.interpret;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.xxgk.testing.RandomText;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesTest {

    @Test
    void aNumberingStandingAloneIsALabelsNotACount() {
        for (String numbering : new String[] {"2.", "3、", "12.", "7．"}) {
            assertThat(Values.parse(numbering).kind()).as(numbering).isEqualTo(Values.Kind.TEXT);
        }
        // counts and amounts as they are printed stay values
        assertThat(Values.parse("2").number()).contains(new BigDecimal(2));
        assertThat(Values.parse("2.5").number()).contains(new BigDecimal("2.5"));
        assertThat(Values.parse("123.").kind()).isNotEqualTo(Values.Kind.TEXT);
    }

    @Test
    void theShortcutsReadACellAsThePatternsDo() {
        // the small numbers, the ideographs and the brackets no value starts with, and the cache: as read() reads
        RandomText.upTo(9, "0129,.-—/增减新无万元件条(（【〔《「“)）一自然人 ", 7, 100_000)
                .forEach(cell -> assertThat(Values.parse(cell)).as(cell).isEqualTo(Values.read(cell)));
        assertThat(Values.parse("(一)自然人").kind()).isEqualTo(Values.Kind.TEXT);
        assertThat(Values.parse("（3）").kind()).isEqualTo(Values.Kind.TEXT);
    }
}
