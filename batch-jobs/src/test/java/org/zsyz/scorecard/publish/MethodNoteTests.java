package org.zsyz.scorecard.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.assess.AssessmentRules;
import org.zsyz.scorecard.assess.MethodNote;

/** The bulletin's 说明 is written from the rules in force, not a fixed text. */
class MethodNoteTests {

    @Test
    void theDefaultRulesReadAsSpecSectionFour() {
        List<String> note = MethodNote.lines(AssessmentRules.defaults(), YearMonth.of(2025, 9), new BigDecimal("0.75"));

        String text = String.join("\n", note);
        assertThat(text)
                .contains(
                        "到位市外资金25分",
                        "实际利用外资15分",
                        "新签约亿元以上项目10分",
                        "新签约合同额10分",
                        "新开工亿元以上项目15分",
                        "合同履约率7分",
                        "项目开工率10分",
                        "资金到位率8分",
                        "超额完成最高按120%计",
                        "合计不超过10分",
                        "扣1分",
                        "扣2分",
                        "优秀≥90分",
                        "县市区前2名为红榜、末1名为黑榜",
                        "其他组别前1名为红榜、末1名为黑榜");
        assertThat(note.get(note.size() - 1)).isEqualTo("本期为2025年1—9月累计，序时进度75.00%；序时差 = 完成率 − 序时进度（个百分点）。");
    }

    @Test
    void januaryWithoutAConfiguredScheduleSaysSo() {
        List<String> note = MethodNote.lines(AssessmentRules.defaults(), YearMonth.of(2026, 1), null);

        assertThat(note.get(note.size() - 1)).startsWith("本期为2026年1月累计，序时进度按月均衡计算");
    }
}
