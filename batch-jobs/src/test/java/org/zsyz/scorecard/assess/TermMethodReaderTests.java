package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.domain.Grade;

class TermMethodReaderTests {

    static final String FILE = "assessment-2025.yml";

    @Test
    void theDefaultFileHasTheDefaultAnnualAndQuarterlyMethods() {
        TermMethodReader.TermMethods methods = TermMethodReader.parse(DefaultMethod.text(2025), FILE);
        assertThat(methods.annual()).isEqualTo(TermMethod.annualDefaults());
        assertThat(methods.quarterly()).isEqualTo(TermMethod.quarterlyDefaults());
        assertThat(methods.annual().monthlyWeight()).isEqualByComparingTo("0.4");
        assertThat(methods.annual().awards().get(1).minGrade()).isEqualTo(Grade.EXCELLENT);
        // the rest of the file still reads
        assertThat(RulesYaml.parse(DefaultMethod.text(2025), FILE, 2025).name()).isEqualTo("2025年度招商引资考核办法");
    }

    @Test
    void aFileWithoutTheSectionsGetsTheDefaults() {
        String text = DefaultMethod.text(2025);
        String without = text.substring(0, text.indexOf("annual:")) + text.substring(text.indexOf("# ------"));
        assertThat(TermMethodReader.parse(without, FILE).annual()).isEqualTo(TermMethod.annualDefaults());
        RulesYaml.parse(without, FILE, 2025);
    }

    @Test
    void anAwardNamingNoGroupIsAnErrorOfTheFileWithItsLine() {
        String text = DefaultMethod.text(2025)
                .replace(
                        "    - {name: 招商引资工作先进单位, groups: 全部, min_grade: 优秀}",
                        "    - {name: 招商引资工作先进单位, min_grade: 优秀}");
        assertThatThrownBy(() -> RulesYaml.parse(text, FILE, 2025))
                .isInstanceOf(RulesFileException.class)
                .hasMessageContaining("annual.awards[2].groups")
                .hasMessageContaining("须写明评选的考核组别");
    }

    @Test
    void aWeightOutOfRangeAndAnUnknownGradeAreRefused() {
        String text = DefaultMethod.text(2025)
                .replace("monthly_weight_percent: 40", "monthly_weight_percent: 140")
                .replace("min_grade: 合格}", "min_grade: 及格}");
        assertThatThrownBy(() -> RulesYaml.parse(text, FILE, 2025))
                .isInstanceOf(RulesFileException.class)
                .hasMessageContaining("平时成绩权重须在 0 到 100 之间")
                .hasMessageContaining("未知的等次“及格”");
    }

    @Test
    void theSummarySaysTheWeightsAndTheAwards() {
        assertThat(TermMethod.annualDefaults().summary("年终")).contains("× 40%", "年终数据得分 × 60%", "招商引资工作优秀单位：各组前1名");
        assertThat(new TermMethod(false, BigDecimal.ZERO, 0, 3, java.util.List.of()).summary("季末"))
                .contains("按季末累计数计");
    }
}
