package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.returns.TestWorkbook.PERIOD;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.excel.ReadLimits;
import org.zsyz.scorecard.excel.WorkbookReader;
import org.zsyz.scorecard.returns.TestWorkbook.Format;
import org.zsyz.scorecard.returns.TestWorkbook.Formula;
import org.zsyz.scorecard.store.project.Industries;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.LedgerProject;

/** The return reader on workbooks written by POI in both formats, with what people really type. */
class ReturnWorkbookReaderTests {

    @TempDir
    Path dir;

    final ReturnWorkbookReader reader =
            new ReturnWorkbookReader(new WorkbookReader(ReadLimits.DEFAULT), Industries.DEFAULT);

    record Read(ReturnWorkbookReader.ReturnContent content, List<LedgerProject> projects) {
        List<ImportIssue> errors() {
            return content.issues().errors();
        }

        List<ImportIssue> warnings() {
            return content.issues().all().stream().filter(i -> !i.isError()).toList();
        }
    }

    Read read(TestWorkbook workbook, Format format) throws Exception {
        Path file = workbook.write(dir.resolve("410711" + format.extension()), format);
        List<LedgerProject> projects = new ArrayList<>();
        return new Read(reader.read(file, 7, PERIOD, projects::add), projects);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aGoodReturnReadsCompletelyInBothFormats(Format format) throws Exception {
        Read read = read(TestWorkbook.goodReturn(), format);

        assertThat(read.content().issues().all()).isEmpty();
        assertThat(read.projects()).extracting(LedgerProject::projectNo).containsExactly("XM-001", "XM-002", "XM-003");
        LedgerProject first = read.projects().get(0);
        assertThat(first.submissionId()).isEqualTo(7);
        assertThat(first.rowNo()).isEqualTo(2);
        assertThat(first.investorSource()).isEqualTo(InvestorSource.OUT_OF_PROVINCE);
        assertThat(first.projectStatus()).isEqualTo(ProjectStatus.STARTED);
        assertThat(first.signedOn()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(first.contractAmount()).isEqualByComparingTo("5");
        assertThat(first.fundsThisYear()).isEqualByComparingTo("2");
        assertThat(first.fortune500()).isFalse();
        assertThat(first.remark()).isEqualTo("进展顺利");
        assertThat(read.projects().get(1).foreignFundsThisYear()).isEqualByComparingTo("300");
        assertThat(read.projects().get(1).fulfilled()).isTrue();
        assertThat(read.content().activity()).isEqualTo(new ReturnWorkbookReader.Activity(5, 2, 20, 8));
        assertThat(read.content().cover().unitCode()).isEqualTo("410711");
        assertThat(read.content().cover().unitCodeCell()).isEqualTo("B1");
        assertThat(read.content().cover().period()).isEqualTo(PERIOD);
    }

    /**
     * Everything docs/returns-and-targets.md (Reading) allows, at once: a title row, a two-row header with merged
     * cells, headers with spaces, full-width brackets and 万元; numbers stored as text, full-width digits, thousands
     * separators, formulas with cached values, dates as date cells and as three kinds of text, trailing spaces,
     * a hidden row, blank rows between data, a cover whose code is a number and whose period is a date cell.
     */
    static TestWorkbook quirkyReturn() {
        TestWorkbook wb = TestWorkbook.goodReturn();
        String ledger = ReturnTemplate.LEDGER_SHEET;
        for (int r = 0; r < 4; r++) {
            wb.clearRow(ledger, r);
        }
        wb.set(ledger, "A1", "牧野区招商引资项目台账（2024年1—3月）").merge(ledger, "A1:O1");
        String[] top = {
            "项目编号",
            " 项目 名称 ",
            "投资方",
            "投资方来源",
            "产业类别",
            "项目状态",
            "签约日期",
            "合同投资额（亿元）",
            "开工日期",
            "资金到位情况",
            null,
            null,
            "是否履约",
            "是否500强",
            "备注"
        };
        for (int c = 0; c < top.length; c++) {
            if (top[c] != null) {
                wb.set(ledger, org.apache.poi.ss.util.CellReference.convertNumToColString(c) + "2", top[c]);
            }
            if (c < 9 || c > 11) {
                String col = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
                wb.merge(ledger, col + "2:" + col + "3");
            }
        }
        wb.merge(ledger, "J2:L2");
        wb.set(ledger, "J3", "累计到位资金（万元）").set(ledger, "K3", "本年到位资金（万元）").set(ledger, "L3", "本年到位外资（万美元）");
        // row 4: text numbers, full-width digits, thousands separators, trailing spaces, a formula, a date cell
        wb.row(
                ledger,
                3,
                "XM-001  ",
                "智能装备产业园",
                "甲投资有限公司",
                "省外 ",
                " 工业",
                "已开工",
                LocalDate.of(2024, 1, 10),
                "５.５",
                "2024/3/5",
                "12,345",
                new Formula("J4/2", 6172.5),
                null,
                "是",
                "否");
        // row 5: dates as 2024-03-05 and 2024年3月5日, money as plain numbers, a cached formula for 外资
        wb.row(
                ledger,
                4,
                "XM-002",
                "跨境物流中心",
                "乙贸易公司",
                "境外",
                "商贸物流",
                "已开工",
                "2024-03-05",
                2.5,
                "2024年3月5日",
                10000,
                0,
                new Formula("100*3", 300));
        // row 6 hidden, rows 7 and 8 blank, row 9 data again
        wb.row(ledger, 5, "XM-003", "高效农业示范区", "丙农业公司", "市内", "农业", "在谈");
        wb.hide(ledger, 5);
        wb.row(
                ledger,
                8,
                "XM-004",
                "文旅小镇",
                "丁文旅集团",
                "市外省内",
                "文旅康养",
                "已签约",
                "2024-02-29",
                "1,000.25",
                null,
                "0",
                null,
                null,
                null,
                "是");
        wb.set(ReturnTemplate.COVER_SHEET, "B1", 410711);
        wb.set(ReturnTemplate.COVER_SHEET, "B3", LocalDate.of(2024, 3, 1));
        wb.set(ReturnTemplate.ACTIVITY_SHEET, "B1", "５");
        wb.set(ReturnTemplate.ACTIVITY_SHEET, "B2", new Formula("1+1", 2));
        return wb;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void cellsAreReadAsAPersonMeansThem(Format format) throws Exception {
        Read read = read(quirkyReturn(), format);

        assertThat(read.errors()).isEmpty();
        assertThat(read.warnings())
                .extracting(ImportIssue::cell, ImportIssue::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("A6", "台账中有 1 行是隐藏行（第一处在此），已按正常数据读取；如不是本月台账的项目，应删除这些行"),
                        org.assertj.core.groups.Tuple.tuple("H9", "金额很大（超过 1000 亿元），请核对金额单位是否为表头所写的亿元"));
        assertThat(read.projects())
                .extracting(LedgerProject::projectNo)
                .containsExactly("XM-001", "XM-002", "XM-003", "XM-004");
        LedgerProject p1 = read.projects().get(0);
        assertThat(p1.rowNo()).isEqualTo(4);
        assertThat(p1.investorSource()).isEqualTo(InvestorSource.OUT_OF_PROVINCE);
        assertThat(p1.industry()).isEqualTo("工业");
        assertThat(p1.contractAmount()).isEqualByComparingTo("5.5");
        assertThat(p1.startedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(p1.fundsTotal()).isEqualByComparingTo("1.2345");
        assertThat(p1.fundsThisYear()).isEqualByComparingTo("0.61725");
        LedgerProject p2 = read.projects().get(1);
        assertThat(p2.signedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(p2.startedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(p2.fundsTotal()).isEqualByComparingTo("1");
        assertThat(p2.foreignFundsThisYear()).isEqualByComparingTo("300");
        assertThat(read.projects().get(2).rowNo()).isEqualTo(6);
        LedgerProject p4 = read.projects().get(3);
        assertThat(p4.rowNo()).isEqualTo(9);
        assertThat(p4.contractAmount()).isEqualByComparingTo("1000.25");
        assertThat(p4.fundsTotal()).isEqualByComparingTo("0");
        assertThat(p4.fortune500()).isTrue();
        assertThat(read.content().cover().unitCode()).isEqualTo("410711");
        assertThat(read.content().cover().period()).isEqualTo(PERIOD);
        assertThat(read.content().activity().trips()).isEqualTo(5);
        assertThat(read.content().activity().leaderTrips()).isEqualTo(2);
        assertThat(read.content().ledgerColumns()).containsEntry(ReturnTemplate.FUNDS_TOTAL, 9);
    }

    @Test
    void aFormulaNobodyCalculatedIsNamedForWhatItIs() throws Exception {
        TestWorkbook wb = TestWorkbook.goodReturn().set(ReturnTemplate.LEDGER_SHEET, "J2", new Formula("H2*0.6", null));

        Read read = read(wb, Format.XLSX);

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.cell()).isEqualTo("J2");
            assertThat(e.field()).isEqualTo(ReturnTemplate.FUNDS_TOTAL);
            assertThat(e.message()).isEqualTo("单元格是没有计算结果的公式，应在Excel或WPS中重新计算（F9）后保存，或直接填写数值");
        });
        assertThat(read.projects()).extracting(LedgerProject::projectNo).containsExactly("XM-002", "XM-003");
    }

    @Test
    void everyErrorIsReportedNotJustTheFirst() throws Exception {
        TestWorkbook wb = TestWorkbook.goodReturn()
                .set(ReturnTemplate.LEDGER_SHEET, "D2", "外省")
                .set(ReturnTemplate.LEDGER_SHEET, "H3", "两亿")
                .set(ReturnTemplate.LEDGER_SHEET, "A4", "XM-001")
                .set(ReturnTemplate.ACTIVITY_SHEET, "B1", -1);

        Read read = read(wb, Format.XLS);

        assertThat(read.errors()).extracting(ImportIssue::cell).containsExactly("D2", "H3", "A4", "B1");
        assertThat(read.content().issues().errorCount()).isEqualTo(4);
        assertThat(read.projects()).isEmpty();
    }
}
