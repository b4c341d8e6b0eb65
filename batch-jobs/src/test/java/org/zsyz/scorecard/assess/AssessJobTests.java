package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.zsyz.scorecard.domain.ListMark;
import org.zsyz.scorecard.domain.ReportStatus;
import org.zsyz.scorecard.domain.WarningKind;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.store.assess.AssessmentRun;
import org.zsyz.scorecard.store.assess.AssessmentWarning;
import org.zsyz.scorecard.store.assess.IndicatorResult;
import org.zsyz.scorecard.store.assess.ScoreAdjustment;
import org.zsyz.scorecard.store.assess.UnitScore;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The assess job over consecutive months of {@link AssessedCity}: carried and late returns, rank changes and
 * streaks, a method file changed between runs, and what each result records. Runs on H2 and MariaDB.
 */
@ScorecardTest
abstract class AssessJobTests extends AssessedCityTestBase {

    static final YearMonth JAN = YearMonth.of(2013, 1);
    static final YearMonth FEB = YearMonth.of(2013, 2);
    static final YearMonth MAR = YearMonth.of(2013, 3);

    static final Path home = WorkingFolder.of(AssessJobTests.class);

    /** No method file left by an earlier test: each starts on the defaults. */
    @Override
    void beforeCity() throws Exception {
        Path rules = home.resolve("rules");
        if (Files.isDirectory(rules)) {
            try (var files = Files.list(rules)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    void assess(YearMonth period) throws Exception {
        assertThat(operations.assess(period).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    Map<String, UnitScore> scores(YearMonth period) {
        return results.findUnitScores(period).stream()
                .collect(Collectors.toMap(UnitScore::unitCode, Function.identity()));
    }

    static String total(UnitScore s) {
        return s.totalScore().toPlainString();
    }

    /** Three months of the city: January all on time, February C missing and D late, March a tie. */
    void threeMonths() throws Exception {
        city.report("A", YearMonth.of(2012, 1), "1", "100");
        city.report("A", JAN, "1.2", "120");
        city.report("B", JAN, "1", "100");
        city.report("C", JAN, "1", "100");
        city.report("E", JAN, "2", "300");
        city.report("D", JAN, "0.5", "50");
        assess(JAN);
        city.report("A", FEB, "2", "200");
        city.report("B", FEB, "2.4", "240");
        city.report("E", FEB, "4", "400");
        city.report("D", FEB, "1", "100", LocalDateTime.of(2013, 3, 8, 10, 0));
        assess(FEB);
        city.report("A", MAR, "3.6", "360");
        city.report("B", MAR, "3.6", "360");
        city.report("C", MAR, "3", "150");
        city.report("E", MAR, "6", "600");
        city.report("D", MAR, "2.7", "270", LocalDateTime.of(2013, 4, 2, 9, 0));
        city.report("D", MAR, "3", "300", LocalDateTime.of(2013, 4, 9, 9, 0));
        assess(MAR);
    }

    @Test
    void januaryRanksEveryUnitAsNewWithTiesSharingAPlace() throws Exception {
        threeMonths();
        Map<String, UnitScore> jan = scores(JAN);

        assertThat(jan.values())
                .extracting(AssessJobTests::total)
                .containsExactlyInAnyOrder("120.00", "100.00", "100.00", "120.00", "50.00");
        assertThat(jan.get("A").groupRank()).isEqualTo(1);
        assertThat(jan.get("B").groupRank()).isEqualTo(2);
        assertThat(jan.get("C").groupRank()).isEqualTo(2);
        assertThat(jan.get("E").groupRank()).isNull();
        assertThat(jan.get("E").rankChange()).isNull();
        assertThat(jan.get("D").groupRank()).isEqualTo(1);
        assertThat(jan.values())
                .filteredOn(UnitScore::ranked)
                .extracting(UnitScore::rankChange)
                .containsOnly("新");
        assertThat(jan.get("A").groupSize()).isEqualTo(3);
        // Every ranked unit of 县市区 is within the top 2: all red, none black.
        assertThat(jan.get("C").listMark()).isEqualTo(ListMark.RED);
        // 同比 from last year's January return: (1.2 − 1) ÷ 1.
        IndicatorResult aI1 = results.findIndicatorResultsOfUnit(JAN, "A").stream()
                .filter(r -> r.indicator() == Indicator.I1)
                .findFirst()
                .orElseThrow();
        assertThat(aI1.yoyRate()).isEqualByComparingTo("0.2");
        assertThat(aI1.lastYearYtd()).isEqualByComparingTo("1");
    }

    @Test
    void aMissingReturnIsCarriedAndFlaggedAndALateOneDeducted() throws Exception {
        threeMonths();
        Map<String, UnitScore> feb = scores(FEB);

        UnitScore c = feb.get("C");
        assertThat(c.reportStatus()).isEqualTo(ReportStatus.MISSING);
        assertThat(c.figuresPeriod()).isEqualTo(JAN);
        assertThat(c.submissionId()).isNull();
        // January's 1 and 100 against February's 序时目标 2 and 200: 62.5 × 0.5 + 37.5 × 0.5 − 2.
        assertThat(total(c)).isEqualTo("48.00");
        assertThat(results.findAdjustmentsOfUnit(FEB, "C")).singleElement().satisfies(a -> {
            assertThat(a.points()).isEqualByComparingTo("-2");
            assertThat(a.reason()).isEqualTo("扣分：本期未报送，按2013-01报表数据列示，扣2分");
        });
        assertThat(results.findWarningsOfUnit(FEB, "C"))
                .extracting(AssessmentWarning::kind)
                .contains(WarningKind.NOT_REPORTED);

        UnitScore d = feb.get("D");
        assertThat(d.reportStatus()).isEqualTo(ReportStatus.LATE);
        assertThat(d.receivedAt()).isEqualTo(LocalDateTime.of(2013, 3, 8, 10, 0));
        assertThat(total(d)).isEqualTo("49.00");
        assertThat(results.findAdjustmentsOfUnit(FEB, "D"))
                .singleElement()
                .extracting(ScoreAdjustment::reason)
                .isEqualTo("扣分：逾期报送，首份被接收的报表于2013-03-08 10:00收到，报送截止日为2013-03-05，扣1分");
        assertThat(d.scoreFormula())
                .isEqualTo("指标得分 到位市外资金31.25 + 实际利用外资18.75 = 50.00；加分 0.00；扣分 1.00；"
                        + "总分 = 50.00 + 0.00 − 1.00 = 49.00（按全精度相加后四舍五入到两位小数）；等次：不合格");

        // March: D's first version arrived on time; the later correction counts but is not late.
        UnitScore dMarch = scores(MAR).get("D");
        assertThat(dMarch.reportStatus()).isEqualTo(ReportStatus.REPORTED);
        assertThat(total(dMarch)).isEqualTo("100.00");
    }

    @Test
    void rankChangesAndStreaksFollowTheMonths() throws Exception {
        threeMonths();
        Map<String, UnitScore> feb = scores(FEB);
        Map<String, UnitScore> mar = scores(MAR);

        assertThat(List.of(total(feb.get("A")), total(feb.get("B")))).containsExactly("100.00", "120.00");
        assertThat(feb.get("B").groupRank()).isEqualTo(1);
        assertThat(feb.get("B").rankChange()).isEqualTo("↑1");
        assertThat(feb.get("B").firstStreak()).isEqualTo(1);
        assertThat(feb.get("A").rankChange()).isEqualTo("↓1");
        assertThat(feb.get("A").firstStreak()).isZero();
        assertThat(feb.get("C").groupRank()).isEqualTo(3);
        assertThat(feb.get("C").rankChange()).isEqualTo("↓1");
        assertThat(feb.get("C").listMark()).isEqualTo(ListMark.BLACK);
        assertThat(feb.get("D").rankChange()).isEqualTo("—");
        assertThat(feb.get("D").firstStreak()).isEqualTo(2);

        // March: A and B both 120.00 with 30.00% I1 and no 同比: they share first place.
        assertThat(mar.get("A").groupRank()).isEqualTo(1);
        assertThat(mar.get("B").groupRank()).isEqualTo(1);
        assertThat(mar.get("C").groupRank()).isEqualTo(3);
        assertThat(total(mar.get("C"))).isEqualTo("81.25");
        assertThat(mar.get("A").rankChange()).isEqualTo("↑1");
        assertThat(mar.get("B").rankChange()).isEqualTo("—");
        assertThat(mar.get("C").rankChange()).isEqualTo("—");
        assertThat(mar.get("A").firstStreak()).isEqualTo(1);
        assertThat(mar.get("B").firstStreak()).isEqualTo(2);
        assertThat(mar.get("D").firstStreak()).isEqualTo(3);
        assertThat(mar.get("A").previousRank()).isEqualTo(2);
    }

    @Test
    void everyScoreKeepsItsInputsAndFormula() throws Exception {
        threeMonths();
        IndicatorResult i3 = results.findIndicatorResultsOfUnit(MAR, "C").stream()
                .filter(r -> r.indicator() == Indicator.I3)
                .findFirst()
                .orElseThrow();

        assertThat(i3.valueYtd()).isEqualByComparingTo("150");
        assertThat(i3.targetValue()).isEqualByComparingTo("1200");
        assertThat(i3.progress()).isEqualByComparingTo("0.25");
        assertThat(i3.scheduleTarget()).isEqualByComparingTo("300");
        assertThat(i3.baseWeight()).isEqualByComparingTo("15");
        assertThat(i3.weight()).isEqualByComparingTo("37.5");
        assertThat(i3.scoreShare()).isEqualByComparingTo("0.5");
        assertThat(i3.score()).isEqualByComparingTo("18.75");
        assertThat(i3.scoringMethod()).isEqualTo("RATIO");
        assertThat(i3.formula())
                .isEqualTo("完成程度 = 累计150 ÷ 序时目标300（年度目标1200 × 序时进度25%） = 50%；得分 = "
                        + "权重37.5（原权重15；新签约亿元以上项目10分、新签约合同额10分、新开工亿元以上项目15分、合同履约率7分、"
                        + "项目开工率10分、资金到位率8分本期不计分，其权重按比例分摊：15 × 100 ÷ 40） × min(50%, 封顶120%) = 18.75");
        IndicatorResult rate = results.findIndicatorResultsOfUnit(MAR, "C").stream()
                .filter(r -> r.indicator() == Indicator.R_START)
                .findFirst()
                .orElseThrow();
        assertThat(rate.benchmark()).isEqualByComparingTo("0.8");
        assertThat(rate.score()).isNull();
        assertThat(rate.formula()).startsWith("自2013-01-01至2013-03-31无签约项目");

        AssessmentRun run = results.findRun(MAR);
        assertThat(run.configName()).isEqualTo("2013年度招商引资考核办法");
        assertThat(run.configText()).contains("year: 2013", "I1:       {weight: 25, method: ratio}");
        assertThat(run.configSha256()).isEqualTo(RulesFile.sha256(run.configText()));
        assertThat(run.configSource()).contains("按默认考核办法");
        assertThat(run.jobExecutionId()).isNotNull();
    }

    @Test
    void changingAWeightInTheYearsFileAndRerunningGivesTheNewResult() throws Exception {
        threeMonths();
        assertThat(total(scores(MAR).get("C"))).isEqualTo("81.25");
        // The same inputs again: nothing to do.
        assertThat(catchThrowableOfType(JobRunner.AlreadyCompleteException.class, () -> operations.assess(MAR)))
                .isNotNull();

        String text = DefaultMethod.text(2013)
                .replace("I1:       {weight: 25, method: ratio}", "I1:       {weight: 40, method: ratio}")
                .replace("I3:       {weight: 15, method: ratio}", "I3:       {weight: 0, method: ratio}");
        Path file = home.resolve("rules").resolve("assessment-2013.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assess(MAR);

        // I3 is no longer scored: I1 carries all 100 points. C: 100 × min(3 ÷ 3, 1.2).
        Map<String, UnitScore> mar = scores(MAR);
        assertThat(total(mar.get("C"))).isEqualTo("100.00");
        assertThat(total(mar.get("A"))).isEqualTo("120.00");
        AssessmentRun run = results.findRun(MAR);
        assertThat(run.configSource())
                .isEqualTo(file.toAbsolutePath().normalize().toString());
        assertThat(run.configText()).isEqualTo(text);
        assertThat(run.configSha256()).isEqualTo(RulesFile.sha256(text));
        assertThat(run.configName()).isEqualTo("2013年度招商引资考核办法");
        IndicatorResult i3 = results.findIndicatorResultsOfUnit(MAR, "C").stream()
                .filter(r -> r.indicator() == Indicator.I3)
                .findFirst()
                .orElseThrow();
        assertThat(i3.score()).isNull();
        assertThat(i3.formula()).isEqualTo("权重为0，只列示、不计分");
        // February, computed before the change, keeps the method it was computed with.
        assertThat(results.findRun(FEB).configSha256()).isNotEqualTo(run.configSha256());
        assertThat(total(scores(FEB).get("C"))).isEqualTo("48.00");
    }

    @Test
    void aBrokenFileStopsTheAssessmentWithItsProblemsAndKeepsTheResults() throws Exception {
        threeMonths();
        Path file = home.resolve("rules").resolve("assessment-2013.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                DefaultMethod.text(2013).replace("{weight: 25, method: ratio}", "{weight: 25, method: linear}"),
                StandardCharsets.UTF_8);

        RulesFileException e = catchThrowableOfType(RulesFileException.class, () -> operations.assess(MAR));

        assertThat(e.getMessage()).contains("assessment-2013.yml", "indicators.I1.method", "未知的计分方法“linear”");
        assertThat(total(scores(MAR).get("C"))).isEqualTo("81.25");
    }

    @Test
    void aGroupNamedInTheFileMustExist() throws Exception {
        city.report("A", JAN, "1", "100");
        Path file = home.resolve("rules").resolve("assessment-2013.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                DefaultMethod.text(2013).replace("\"县市区\": {red: 2", "\"县（市）区\": {red: 2"),
                StandardCharsets.UTF_8);

        assertThat(operations.assess(JAN).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(results.findUnitScores(JAN)).isEmpty();
    }

    @Test
    void januaryCanStartAfreshWhenTheFileSaysSo() throws Exception {
        city.report("A", YearMonth.of(2012, 12), "1", "100");
        units.insertGroup(new org.zsyz.scorecard.store.unit.AssessmentGroup(2012, "县市区", 1));
        units.insertUnit(new org.zsyz.scorecard.store.unit.AssessedUnit(2012, "A", "单位A", "县市区", true, 1));
        assess(YearMonth.of(2012, 12));
        city.report("A", JAN, "1", "100");
        assess(JAN);
        assertThat(scores(JAN).get("A").rankChange()).isEqualTo("—");
        assertThat(scores(JAN).get("A").firstStreak()).isEqualTo(2);

        Path file = home.resolve("rules").resolve("assessment-2013.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                DefaultMethod.text(2013).replace("rank_change_across_years: true", "rank_change_across_years: false"),
                StandardCharsets.UTF_8);
        assess(JAN);

        assertThat(scores(JAN).get("A").rankChange()).isEqualTo("新");
        assertThat(scores(JAN).get("A").firstStreak()).isEqualTo(1);
        assertThat(scores(JAN).get("B").totalScore()).isEqualByComparingTo(new BigDecimal("-2"));
    }
}
