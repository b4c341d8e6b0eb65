package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.store.returns.ExtraValues;

/** 统一社会信用代码 by GB 32100, and the stored form of extra column values. */
class CreditCodeTests {

    @Test
    void validCodesPassWithTheirCheckCharacter() {
        // the standard's own example, and one whose check character is a letter
        assertThat(CreditCode.problem("91350100M000100Y43")).isNull();
        assertThat(CreditCode.problem("91110000100001306L")).isNull();
        assertThat(CreditCode.withCheck("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void aWrongCheckCharacterLengthOrCharacterIsNamed() {
        assertThat(CreditCode.problem("91350100M000100Y44")).isEqualTo("校验位（第 18 位）不符：按 GB 32100 应为“3”，请核对代码是否抄错");
        assertThat(CreditCode.problem("91350100M000100Y4")).isEqualTo("统一社会信用代码应为 18 位，现为 17 位");
        assertThat(CreditCode.problem("91350100M0001O0Y43")).startsWith("第 14 位“O”不是统一社会信用代码可用的字符");
    }

    @Test
    void extraValuesRoundTripInTheirOrderAndNoneIsNull() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("STORED", "是");
        values.put("STORED_AMOUNT", "2.5");
        values.put("NOTE", "含=号与，逗号");
        String stored = ExtraValues.encode(values);
        assertThat(ExtraValues.decode(stored)).containsExactlyEntriesOf(values);
        assertThat(ExtraValues.encode(Map.of())).isNull();
        assertThat(ExtraValues.decode(null)).isEmpty();
        assertThat(ExtraValues.storable("第一行\n第二行")).isFalse();
        assertThat(ExtraValues.storable("普通文字")).isTrue();
    }
}
