package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.LedgerProject;

class ReturnTemplateServiceTests {

    final LedgerProject stored = new LedgerProject(
            9,
            "XM-001",
            2,
            "智能装备产业园",
            "甲投资有限公司",
            InvestorSource.FOREIGN,
            "工业",
            ProjectStatus.STARTED,
            LocalDate.of(2023, 5, 1),
            new BigDecimal("5"),
            LocalDate.of(2023, 8, 1),
            new BigDecimal("3.2"),
            new BigDecimal("1.1"),
            new BigDecimal("250"),
            false,
            true,
            "备注");

    @Test
    void aStoredProjectBecomesTheSameTemplateRow() {
        LedgerRow row = ReturnTemplateService.toRow(stored, false);

        assertThat(row)
                .isEqualTo(new LedgerRow(
                        "XM-001",
                        "智能装备产业园",
                        "甲投资有限公司",
                        InvestorSource.FOREIGN,
                        "工业",
                        ProjectStatus.STARTED,
                        LocalDate.of(2023, 5, 1),
                        new BigDecimal("5"),
                        LocalDate.of(2023, 8, 1),
                        new BigDecimal("3.2"),
                        new BigDecimal("1.1"),
                        new BigDecimal("250"),
                        false,
                        true,
                        "备注"));
    }

    @Test
    void inANewYearTheYearToDateFundsStartBlankAndYesNoAreWrittenAsCounted() {
        LedgerProject fulfilled = new LedgerProject(
                9,
                "XM-002",
                3,
                "名称",
                "投资方",
                InvestorSource.LOCAL,
                "工业",
                ProjectStatus.SIGNED,
                LocalDate.of(2023, 5, 1),
                new BigDecimal("5"),
                null,
                new BigDecimal("3.2"),
                new BigDecimal("1.1"),
                null,
                true,
                false,
                null);

        LedgerRow row = ReturnTemplateService.toRow(fulfilled, true);

        assertThat(row.fundsTotal()).isEqualByComparingTo("3.2");
        assertThat(row.fundsThisYear()).isNull();
        assertThat(row.foreignFundsThisYear()).isNull();
        assertThat(row.fulfilled()).isTrue();
        assertThat(row.fortune500()).isFalse();
    }
}
