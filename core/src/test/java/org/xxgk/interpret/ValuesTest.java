package org.xxgk.interpret;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

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
}
