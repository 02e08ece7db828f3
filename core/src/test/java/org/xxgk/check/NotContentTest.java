package org.xxgk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** EMPTY_SECTION's character scan says what the regex {@link Inspections#NOT_CONTENT} said of a section's text. */
class NotContentTest {

    @Test
    void theScanAgreesWithThePattern() {
        List<String> texts = new ArrayList<>(List.of(
                "",
                "无",
                "暂无",
                "无。",
                "“暂无”",
                " 无 \n",
                "无无",
                "暂无问题",
                "——",
                "无\u3000。",
                "\uD83D\uDE00无",
                "无\uD800",
                "(无)",
                "无$",
                "+无+"));
        String alphabet = " \t\n\u3000。,、;:“”()—+$%\uD83D\uDE00\uD800无暂有问题abc1";
        Random random = new Random(15);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(8);
            for (int k = 0; k < length; k++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            texts.add(b.toString());
        }
        for (String text : texts) {
            boolean byPattern = Set.of("", "无", "暂无").contains(Inspections.NOT_CONTENT.matcher(text).replaceAll(""));
            assertThat(Inspections.saysNothing(text)).as(text).isEqualTo(byPattern);
        }
    }
}
