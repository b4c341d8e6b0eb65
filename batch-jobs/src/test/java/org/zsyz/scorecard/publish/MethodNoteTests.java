package org.zsyz.scorecard.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.assess.AssessmentRules;
import org.zsyz.scorecard.assess.ScoringMethod;
import org.zsyz.scorecard.indicator.Indicator;

/** The bulletin's 说明 is written from the rules in force, not a fixed text. */
class MethodNoteTests {

    @Test
    void theDefaultRulesReadAsSpecSectionFour() {
        List<String> note = ScorecardAssembler.methodNote(AssessmentRules.defaults(), YearMonth.of(2025, 9),
                new BigDecimal("0.75"));

        assertThat(note).containsExactly(
                "计分权重：到位市外资金25分，实际利用外资15分，新签约亿元以上项目10分，新签约合同额10分，新开工亿元以上项目15分，"
                        + "合同履约率7分，项目开工率10分，资金到位率8分；其中省外资金、外出招商只列示、不计分。未设目标的指标不计分，"
                        + "其权重按比例分摊到其他指标。",
                "到位市外资金、实际利用外资、新签约亿元以上项目、新签约合同额、新开工亿元以上项目得分 = 权重 × min(累计完成 ÷ 序时目标, 1.2)；"
                        + "合同履约率、项目开工率、资金到位率得分 = 权重 × min(比率 ÷ 基准值, 1)，基准值合同履约率100%、项目开工率80%、"
                        + "资金到位率30%。",
                "加分：当年签约世界500强项目每个加3分，10亿元以上项目加4分，50亿元以上项目加8分，每个项目按最高档计一次，合计不超过10分。"
                        + "扣分：次月5日后报送扣1分，未报送扣2分（按上月数据列示）。",
                "等次：优秀≥90分，良好≥80分，合格≥60分。同组内按总分（两位小数）排名，总分相同时依次比较到位市外资金完成率、同比增幅，"
                        + "仍相同则并列；不参与综合排名的单位只列示。县市区前2名为红榜、末1名为黑榜，其他组别前1名为红榜、末1名为黑榜。",
                "本期为2025年1—9月累计，序时进度75.00%；序时差 = 完成率 − 序时进度（个百分点）。");
    }

    @Test
    void otherMethodsAndWeightsAreDescribedAsConfigured() {
        AssessmentRules d = AssessmentRules.defaults();
        Map<Indicator, AssessmentRules.IndicatorRule> indicators = new EnumMap<>(d.indicators());
        indicators.put(Indicator.I6, new AssessmentRules.IndicatorRule(Indicator.I6, new BigDecimal("20"),
                ScoringMethod.TIERED, null));
        indicators.put(Indicator.I7, new AssessmentRules.IndicatorRule(Indicator.I7, new BigDecimal("5"),
                ScoringMethod.EFFICACY, null));
        AssessmentRules rules = new AssessmentRules("2026年考核办法", indicators, d.ratioCap(), d.tiers(), d.efficacyFloor(),
                d.bonus(), d.lateDeduction(), d.missingDeduction(), d.grades(), Map.of("*", new AssessmentRules.ListSizes(2, 2)),
                d.lightGreenFloor(), d.yellowFloor(), d.bigProject(), d.cohortStart(), 10, d.overdueStartMonths(),
                d.noFundsMonths());

        String note = String.join("\n", ScorecardAssembler.methodNote(rules, YearMonth.of(2026, 1), null));

        assertThat(note).contains("新开工亿元以上项目20分", "外出招商5分", "其中省外资金只列示、不计分",
                "新开工亿元以上项目分档计分（达序时目标100%及以上得权重的100%，达序时目标80%及以上得权重的75%，"
                        + "达序时目标50%及以上得权重的50%，其余不得分）",
                "外出招商按功效系数法计分（组内最好的单位得全部权重，最差的得60%，其余按线性插值）",
                "扣分：次月10日后报送扣1分", "各组前2名为红榜、末2名为黑榜", "本期为2026年1月累计，序时进度按月均衡计算");
    }
}
