package org.zsyz.scorecard.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path of {@link CellText#clean} and {@link CellText#key} gives exactly what the full rules give. */
class CellTextTest {

    private static String referenceClean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\u00A0\\u3000]+", " ")
                .trim();
    }

    private static String referenceKey(String text) {
        return referenceClean(text).replaceAll("[\\s\\u00A0\\u3000]+", "").toLowerCase(Locale.ROOT);
    }

    @Test
    void examples() {
        assertThat(CellText.clean("XM-2025-000001")).isEqualTo("XM-2025-000001");
        assertThat(CellText.clean("招商引资 重点项目")).isEqualTo("招商引资 重点项目");
        assertThat(CellText.clean(" 省外 ")).isEqualTo("省外");
        assertThat(CellText.clean("１２．５")).isEqualTo("12.5");
        assertThat(CellText.clean("合同投资额（亿元）")).isEqualTo("合同投资额(亿元)");
        assertThat(CellText.clean("a\u3000\u3000b")).isEqualTo("a b");
        assertThat(CellText.key("项目 编号")).isEqualTo("项目编号");
        assertThat(CellText.key("ABC")).isEqualTo("abc");
        assertThat(CellText.alreadyClean("a  b")).isFalse();
        assertThat(CellText.alreadyClean("ｱ")).isFalse();
    }

    @Test
    void theTableOfTheSimplePathIsNfkcCharacterByCharacter() {
        int checked = 0;
        for (char c = 0; c < 0xFFFF; c++) {
            String one = String.valueOf(c);
            String simple = CellText.simpleClean("x" + one + "y");
            if (simple == null) {
                continue;
            }
            checked++;
            assertThat(simple).as("U+%04X", (int) c).isEqualTo(referenceClean("x" + one + "y"));
        }
        // printable ASCII, CJK unified ideographs, full-width ASCII, the 10 punctuation marks and 8 spaces
        assertThat(checked).isEqualTo(94 + 0x5200 + 94 + 10 + 8);
        assertThat(CellText.simpleClean("温泉度假区项目（二期）")).isEqualTo("温泉度假区项目(二期)");
        assertThat(CellText.simpleClean("\u3000 Ａ\t\u00A0ｂ ")).isEqualTo("A b");
        assertThat(CellText.simpleClean("ｶﾞ")).isNull();
    }

    @Test
    void theFastPathAgreesWithTheFullRulesOnRandomText() {
        String alphabet =
                "aZ09-._,( )（）　\u00A0\t\n\r\u000B\f省外工业已开工ＡＢ１２％～−ｶﾞ㍻①\uF900\u3001\u30AB\u3099、。《》【】\u2026\u0001\u2002\u200B";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertThat(CellText.clean(t)).as("clean of \"%s\"", t).isEqualTo(referenceClean(t));
            assertThat(CellText.key(t)).as("key of \"%s\"", t).isEqualTo(referenceKey(t));
            assertThat(CellText.isBlank(t))
                    .as("blank: \"%s\"", t)
                    .isEqualTo(referenceClean(t).isEmpty());
        }
    }
}
