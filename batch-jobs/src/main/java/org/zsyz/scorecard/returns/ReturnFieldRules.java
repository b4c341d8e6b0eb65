package org.zsyz.scorecard.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.zsyz.scorecard.excel.TemplateChecks;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;

/**
 * What is checked in a monthly return (docs/returns-and-targets.md), in one place: every field of the 项目台账 with
 * its type, whether it is required, its limits and the words a county reads when it is wrong; the rules across the
 * fields of a row; the 封面 and 工作指标 rows. How a cell of each type is read (and the type's own messages: not a
 * date, not a number…) is {@link LedgerRowCheck}; the sheets themselves are {@link ReturnReading}.
 */
final class ReturnFieldRules {

    /** The template's wording in messages about its sheets and version. */
    static final TemplateChecks.Kind TEMPLATE =
            new TemplateChecks.Kind("月报表模板", ReturnTemplate.VERSION_MARKER, "应使用统一模板填报", "建议下载最新模板填报", "请下载最新模板重新填报");

    /** The template's date validation starts here; an earlier date is a typing slip (1024 for 2024). */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);
    /** More integer digits than this is no amount at all (the database keeps 16). */
    static final int MAX_INTEGER_DIGITS = 12;
    /** Money is stored to 8 decimals of 亿元, i.e. to the yuan. */
    static final int MAX_SCALE = 8;
    /** Above these, an amount is more likely typed in the wrong unit than real: a warning, not an error. */
    static final BigDecimal LARGE_YI = new BigDecimal(1000);

    static final BigDecimal LARGE_WAN_USD = new BigDecimal(1_000_000);
    /** The longest 填报人 and 联系电话 the database keeps: longer is cut, with a warning. */
    static final int REPORTER_LIMIT = 50;

    static final int PHONE_LIMIT = 30;
    /** A 工作指标 figure is a whole number below this. */
    static final BigDecimal ACTIVITY_LIMIT = new BigDecimal(1_000_000);

    /** How a ledger cell is read. */
    enum Type {
        /** Text, at most {@code maxLength} characters. */
        TEXT,
        /** One of a closed list (the template's drop-down). */
        CHOICE,
        /** A date, not after the period's end nor before {@link #EARLIEST_DATE}. */
        DATE,
        /** Money, not negative, at most {@link #MAX_INTEGER_DIGITS} digits and {@link #MAX_SCALE} decimals of 亿元. */
        AMOUNT,
        /** 是 or 否; a blank cell is {@code blankMeans}. */
        YES_NO
    }

    /**
     * One column of the ledger.
     *
     * @param field          the header text (for money the header adds its unit: 合同投资额(亿元) or (万元))
     * @param type           how the cell is read
     * @param required       what a blank cell should have held ("必填项为空，应填写…", for a choice followed by the
     *                       choices); {@code null} when optional
     * @param optionalColumn whether the column itself may be missing from the header
     * @param maxLength      TEXT: the longest the database keeps
     * @param choices        CHOICE: the allowed values; {@code null} for the configured industries
     * @param parse          CHOICE: the value of a text, empty when not allowed
     * @param blankMeans     YES_NO: the value of a blank cell
     * @param largeAbove     AMOUNT: above this (in 亿元, or 万美元) a warning to check the unit
     * @param unitInHeader   AMOUNT: the header names its unit, 亿元 or 万元 (else the unit is 万美元)
     */
    record FieldRule(
            String field,
            Type type,
            String required,
            boolean optionalColumn,
            Integer maxLength,
            List<String> choices,
            Function<String, Optional<?>> parse,
            Boolean blankMeans,
            BigDecimal largeAbove,
            boolean unitInHeader) {}

    /** The ledger's columns in the template's order, which is also the order the checks of a row are reported in. */
    static final List<FieldRule> LEDGER = List.of(
            text(ReturnTemplate.PROJECT_NO, "本单位内唯一、逐月不变的项目编号", 50),
            text(ReturnTemplate.PROJECT_NAME, "项目全称", 200),
            text(ReturnTemplate.INVESTOR, "投资主体全称", 200),
            choice(ReturnTemplate.INVESTOR_SOURCE, InvestorSource.labels(), InvestorSource::ofLabel),
            choice(ReturnTemplate.INDUSTRY, null, null),
            choice(ReturnTemplate.STATUS, ProjectStatus.labels(), ProjectStatus::ofLabel),
            date(ReturnTemplate.SIGNED_ON),
            amount(ReturnTemplate.CONTRACT_AMOUNT, LARGE_YI, true),
            date(ReturnTemplate.STARTED_ON),
            amount(ReturnTemplate.FUNDS_TOTAL, LARGE_YI, true),
            amount(ReturnTemplate.FUNDS_THIS_YEAR, LARGE_YI, true),
            amount(ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR, LARGE_WAN_USD, false),
            yesNo(ReturnTemplate.FULFILLED, true),
            yesNo(ReturnTemplate.FORTUNE500, false),
            new FieldRule(ReturnTemplate.REMARK, Type.TEXT, null, true, 500, null, null, null, null, false));

    /** The 封面 rows that must be there and filled in. */
    static final List<String> COVER_REQUIRED =
            List.of(ReturnTemplate.COVER_UNIT_CODE, ReturnTemplate.COVER_UNIT_NAME, ReturnTemplate.COVER_PERIOD);

    /** The 工作指标 rows (本年累计, whole numbers) and whether each is required. */
    record ActivityRule(String label, boolean required) {}

    static final List<ActivityRule> ACTIVITY = List.of(
            new ActivityRule(ReturnTemplate.TRIPS, true),
            new ActivityRule(ReturnTemplate.LEADER_TRIPS, false),
            new ActivityRule(ReturnTemplate.COMPANIES_VISITED, false),
            new ActivityRule(ReturnTemplate.VISITORS_RECEIVED, false));

    private ReturnFieldRules() {}

    static FieldRule rule(String field) {
        return LEDGER.stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
    }

    /** One ledger row as the rules across its fields see it: cells by field, and where to report. */
    interface Row {
        String ref(String field);

        boolean present(String field);

        String shown(String field);

        String unit(String field);

        /** The cell of the earlier row with this project number, or {@code null} when it is the first. */
        String earlierRowOf(String projectNo);

        void error(String field, String value, String message);

        void warning(String field, String value, String message);
    }

    /** The rules across the fields of one row, after each field's own; {@code v} holds the values read. */
    static void acrossFields(Row r, LedgerValues v) {
        if (v.projectNo() != null) {
            String first = r.earlierRowOf(v.projectNo());
            if (first != null) {
                r.error(ReturnTemplate.PROJECT_NO, v.projectNo(), "项目编号重复（与 " + first + " 相同），同一单位的项目编号应唯一");
            }
        }
        ProjectStatus status = v.status();
        if (status != null && status.requiresSigning()) {
            if (!r.present(ReturnTemplate.SIGNED_ON)) {
                r.error(ReturnTemplate.SIGNED_ON, null, "项目状态为“" + status.label() + "”，应填写签约日期");
            }
            if (!r.present(ReturnTemplate.CONTRACT_AMOUNT)) {
                r.error(
                        ReturnTemplate.CONTRACT_AMOUNT,
                        null,
                        "项目状态为“" + status.label() + "”，应填写合同投资额（" + r.unit(ReturnTemplate.CONTRACT_AMOUNT) + "）");
            }
        }
        if (status != null && status.requiresStart() && !r.present(ReturnTemplate.STARTED_ON)) {
            r.error(ReturnTemplate.STARTED_ON, null, "项目状态为“" + status.label() + "”，应填写开工日期");
        }
        if (status != null && !status.requiresStart() && status != ProjectStatus.TERMINATED && v.startedOn() != null) {
            r.warning(
                    ReturnTemplate.STARTED_ON,
                    v.startedOn().toString(),
                    "项目状态为“" + status.label() + "”却填写了开工日期，请核对项目状态（已开工的项目状态应为“已开工”）");
        }
        if (v.signedOn() != null && v.startedOn() != null && v.startedOn().isBefore(v.signedOn())) {
            r.error(ReturnTemplate.STARTED_ON, v.startedOn().toString(), "开工日期早于签约日期（" + v.signedOn() + "），应不早于签约日期");
        }
        if (v.fundsTotal() != null
                && v.fundsThisYear() != null
                && v.fundsThisYear().compareTo(v.fundsTotal()) > 0) {
            r.error(
                    ReturnTemplate.FUNDS_THIS_YEAR,
                    r.shown(ReturnTemplate.FUNDS_THIS_YEAR),
                    "本年到位资金大于累计到位资金（" + r.shown(ReturnTemplate.FUNDS_TOTAL) + "），应不大于累计到位资金");
        }
        if (v.foreignFunds() != null
                && v.foreignFunds().signum() > 0
                && v.source() != null
                && v.source() != InvestorSource.FOREIGN) {
            r.error(
                    ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR,
                    r.shown(ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR),
                    "投资方来源为“" + v.source().label() + "”，本年到位外资仅限境外项目填写，应留空或改投资方来源为“境外”");
        }
    }

    /** A row's values as read by the field rules; {@code null} where blank or wrong. */
    record LedgerValues(
            String projectNo,
            InvestorSource source,
            ProjectStatus status,
            LocalDate signedOn,
            LocalDate startedOn,
            BigDecimal fundsTotal,
            BigDecimal fundsThisYear,
            BigDecimal foreignFunds) {}

    private static FieldRule text(String field, String expected, int maxLength) {
        return new FieldRule(field, Type.TEXT, expected, false, maxLength, null, null, null, null, false);
    }

    private static FieldRule choice(String field, List<String> choices, Function<String, Optional<?>> parse) {
        return new FieldRule(field, Type.CHOICE, "以下之一", false, null, choices, parse, null, null, false);
    }

    private static FieldRule date(String field) {
        return new FieldRule(field, Type.DATE, null, false, null, null, null, null, null, false);
    }

    private static FieldRule amount(String field, BigDecimal largeAbove, boolean unitInHeader) {
        return new FieldRule(field, Type.AMOUNT, null, false, null, null, null, null, largeAbove, unitInHeader);
    }

    private static FieldRule yesNo(String field, boolean blankMeans) {
        return new FieldRule(field, Type.YES_NO, null, true, null, null, null, blankMeans, null, false);
    }
}
