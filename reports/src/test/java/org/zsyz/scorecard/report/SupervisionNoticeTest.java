package org.zsyz.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 督办单: the unit, its ladder step and each thing to fix, in the PDF's text. */
class SupervisionNoticeTest {

    @Test
    void aRedUnitsNoticeListsWhatToFix() throws Exception {
        SupervisionNotice n = new SupervisionNotice(
                "2025-09",
                "419921",
                "东川县",
                "红灯",
                "红灯（黄灯已连续 2 个月）",
                List.of(
                        new SupervisionNotice.Item("指标严重滞后", "实际到位资金完成率40.00%，序时进度75.00%，落后35.00个百分点（红色）"),
                        new SupervisionNotice.Item(
                                "超期未开工", "项目“现代农业产业园项目(四期)”（419921-2024-013）于2025-01-13签约，至2025-09-30已超过6个月仍未开工")),
                "市商务局",
                LocalDate.of(2025, 10, 12));
        assertThat(n.fileName()).isEqualTo("督办单-419921-东川县-2025-09.pdf");
        Path pdf = Files.createTempDirectory("notice").resolve(n.fileName());
        new ScorecardRenderer().writeSupervisionNotice(n, pdf);
        String text = PdfText.text(pdf).replaceAll("\\s+", "");
        assertThat(text)
                .contains("2025年9月招商引资工作督办单")
                .contains("督办单位：东川县（419921）")
                .contains("红灯（黄灯已连续2个月）")
                .contains("请对以下2项限期整改")
                .contains("落后35.00个百分点（红色）")
                .contains("419921-2024-013");
        assertThat(PdfText.pages(pdf)).hasSize(1);
    }
}
