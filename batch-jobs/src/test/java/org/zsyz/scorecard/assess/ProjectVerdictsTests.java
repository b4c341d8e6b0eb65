package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.domain.DuplicateDecision;
import org.zsyz.scorecard.domain.DuplicateKind;
import org.zsyz.scorecard.domain.ExclusionSource;
import org.zsyz.scorecard.domain.ReviewKind;
import org.zsyz.scorecard.store.duplicate.ProjectDuplicate;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.LedgerProject;
import org.zsyz.scorecard.store.review.ProjectReview;

/** The method's exclusions, the bureau's 认定 and duplicate decisions, applied project by project. */
class ProjectVerdictsTests {

    static final String FILE = "scorecard-2025.yml";
    static final YearMonth PERIOD = YearMonth.of(2025, 9);
    static final ProjectCondition.Dates DATES =
            new ProjectCondition.Dates(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 9, 30));

    static LedgerProject project(String no, String industry, InvestorSource source, String funds) {
        return new LedgerProject(
                1L,
                no,
                2,
                "项目" + no,
                "投资方" + no,
                source,
                industry,
                ProjectStatus.STARTED,
                LocalDate.of(2025, 3, 1),
                new BigDecimal("5"),
                LocalDate.of(2025, 5, 1),
                new BigDecimal(funds),
                new BigDecimal(funds),
                null,
                true,
                false,
                null);
    }

    static String withExclusions(String section) {
        return DefaultMethod.text(2025) + "\n" + section;
    }

    @Test
    void theDefaultMethodExcludesNothing() {
        assertThat(ExclusionReader.parse(DefaultMethod.text(2025), FILE)).isEmpty();
    }

    @Test
    void aMethodsExclusionsUseTheWhereVocabularyAndAreListedAsTheMethods() {
        String text = withExclusions("exclusions:\n  - {name: 房地产项目不予认定, where: {industry: 房地产}}\n"
                + "  - {name: 市内投资不计入, where: {investor_source: 市内}}\n"
                + "  - {name: 1亿元以下项目不予认定, where: {contract_yi_below: 1}}\n");
        RulesYaml.parse(text, FILE, 2025); // the method as a whole accepts the section
        List<ExclusionReader.Exclusion> exclusions = ExclusionReader.parse(text, FILE);
        assertThat(exclusions)
                .extracting(ExclusionReader.Exclusion::name)
                .containsExactly("房地产项目不予认定", "市内投资不计入", "1亿元以下项目不予认定");
        ProjectVerdicts verdicts = new ProjectVerdicts(exclusions, List.of(), List.of());
        List<ProjectVerdicts.Excluded> out = new ArrayList<>();
        assertThat(verdicts.apply("U1", project("A", "房地产", InvestorSource.OUT_OF_PROVINCE, "2"), DATES, out))
                .isNull();
        assertThat(verdicts.apply("U1", project("B", "制造业", InvestorSource.LOCAL, "2"), DATES, out))
                .isNull();
        LedgerProject kept = project("C", "制造业", InvestorSource.OUT_OF_PROVINCE, "2");
        assertThat(verdicts.apply("U1", kept, DATES, out)).isSameAs(kept);
        assertThat(out)
                .containsExactly(
                        new ProjectVerdicts.Excluded("A", "项目A", ExclusionSource.METHOD, "不予认定", "房地产项目不予认定"),
                        new ProjectVerdicts.Excluded("B", "项目B", ExclusionSource.METHOD, "不予认定", "市内投资不计入"));
    }

    @Test
    void anExclusionWithoutAConditionOrWithAnUnknownValueIsRefusedWithItsKey() {
        RulesFileException e = catchThrowableOfType(
                RulesFileException.class,
                () -> RulesYaml.parse(
                        withExclusions("exclusions:\n  - {name: 全部}\n  - {name: 错, where: {investor_source: 外星}}\n"),
                        FILE,
                        2025));
        assertThat(e.getMessage()).contains("缺少 where 条件", "没有“外星”");
    }

    @Test
    void aReductionTakesTheAmountOffAndNeverBelowZero() {
        ProjectReview cut = new ProjectReview(
                1L,
                "U1",
                "A",
                "项目A",
                "2025-07",
                null,
                ReviewKind.REDUCE,
                "funds_this_year",
                new BigDecimal("0.75"),
                "部分资金不属实",
                "office",
                LocalDateTime.of(2025, 8, 1, 9, 0),
                null,
                null,
                null);
        ProjectVerdicts verdicts = new ProjectVerdicts(List.of(), List.of(cut), List.of());
        List<ProjectVerdicts.Excluded> out = new ArrayList<>();
        LedgerProject counted =
                verdicts.apply("U1", project("A", "制造业", InvestorSource.OUT_OF_PROVINCE, "2.5"), DATES, out);
        assertThat(counted.fundsThisYear()).isEqualByComparingTo("1.75");
        assertThat(counted.fundsTotal()).isEqualByComparingTo("1.75");
        assertThat(counted.contractAmount()).isEqualByComparingTo("5");
        assertThat(out.get(0).effect()).isEqualTo("核减本年到位资金 0.75亿元");
        assertThat(out.get(0).reason()).isEqualTo("部分资金不属实（2025-07 起）");
        assertThat(verdicts.apply("U1", project("A", "制造业", InvestorSource.OUT_OF_PROVINCE, "0.5"), DATES, out)
                        .fundsThisYear())
                .isEqualByComparingTo("0");
        assertThat(verdicts.apply("U2", project("A", "制造业", InvestorSource.OUT_OF_PROVINCE, "2.5"), DATES, out)
                        .fundsThisYear())
                .as("another unit's project of the same number")
                .isEqualByComparingTo("2.5");
    }

    static ProjectDuplicate duplicate(DuplicateKind kind, DuplicateDecision decision) {
        return new ProjectDuplicate(
                7L,
                PERIOD.toString(),
                "k",
                kind,
                "U1",
                1L,
                "A",
                2,
                "U2",
                2L,
                "B",
                3,
                "项目",
                "投资方",
                LocalDateTime.of(2025, 10, 1, 9, 0),
                decision,
                "理由",
                "office",
                LocalDateTime.of(2025, 10, 2, 9, 0));
    }

    /** What unit U1's project A and unit U2's project B count for, funds 2 each: null = not at all. */
    static BigDecimal[] counted(DuplicateKind kind, DuplicateDecision decision) {
        ProjectVerdicts v = new ProjectVerdicts(List.of(), List.of(), List.of(duplicate(kind, decision)));
        List<ProjectVerdicts.Excluded> out = new ArrayList<>();
        LedgerProject a = v.apply("U1", project("A", "制造业", InvestorSource.OUT_OF_PROVINCE, "2"), DATES, out);
        LedgerProject b = v.apply("U2", project("B", "制造业", InvestorSource.OUT_OF_PROVINCE, "2"), DATES, out);
        return new BigDecimal[] {a == null ? null : a.fundsThisYear(), b == null ? null : b.fundsThisYear()};
    }

    @Test
    void aDuplicateCountsAsDecided() {
        assertThat(counted(DuplicateKind.SAME_PERIOD, DuplicateDecision.UNIT_A))
                .containsExactly(new BigDecimal("2"), null);
        assertThat(counted(DuplicateKind.SAME_PERIOD, DuplicateDecision.UNIT_B))
                .containsExactly(null, new BigDecimal("2"));
        assertThat(counted(DuplicateKind.SAME_PERIOD, DuplicateDecision.NEITHER))
                .containsExactly(null, null);
        BigDecimal[] split = counted(DuplicateKind.SAME_PERIOD, DuplicateDecision.SPLIT);
        assertThat(split[0]).isEqualByComparingTo("1");
        assertThat(split[1]).isEqualByComparingTo("1");
        // signed before: only unit A reports it this year
        assertThat(counted(DuplicateKind.SIGNED_BEFORE, DuplicateDecision.UNIT_A))
                .containsExactly(new BigDecimal("2"), new BigDecimal("2"));
        assertThat(counted(DuplicateKind.SIGNED_BEFORE, DuplicateDecision.UNIT_B))
                .containsExactly(null, new BigDecimal("2"));
        assertThat(counted(DuplicateKind.SAME_PERIOD, null)).containsExactly(new BigDecimal("2"), new BigDecimal("2"));
    }
}
