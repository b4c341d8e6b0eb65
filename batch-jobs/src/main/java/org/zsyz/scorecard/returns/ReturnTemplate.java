package org.zsyz.scorecard.returns;

import java.util.List;

/** The monthly return workbook (月报表) (docs/returns-and-targets.md, Formats): sheet names, labels and header texts. */
public final class ReturnTemplate {

    /** Written into the workbook so the reader can tell which template revision it is reading. */
    public static final String VERSION_MARKER = "ZSYZ-RETURN-1";

    public static final String COVER_SHEET = "封面";
    public static final String COVER_UNIT_CODE = "单位代码";
    public static final String COVER_UNIT_NAME = "单位名称";
    public static final String COVER_PERIOD = "报告期";
    public static final String COVER_REPORTER = "填报人";
    public static final String COVER_PHONE = "联系电话";

    public static final String LEDGER_SHEET = "项目台账";
    public static final String PROJECT_NO = "项目编号";
    public static final String PROJECT_NAME = "项目名称";
    public static final String INVESTOR = "投资方";
    public static final String INVESTOR_SOURCE = "投资方来源";
    public static final String INDUSTRY = "产业类别";
    public static final String STATUS = "项目状态";
    public static final String SIGNED_ON = "签约日期";
    /** Money headers carry their unit: 合同投资额(亿元) or 合同投资额(万元). */
    public static final String CONTRACT_AMOUNT = "合同投资额";

    public static final String STARTED_ON = "开工日期";
    public static final String FUNDS_TOTAL = "累计到位资金";
    public static final String FUNDS_THIS_YEAR = "本年到位资金";
    public static final String FOREIGN_FUNDS_THIS_YEAR = "本年到位外资(万美元)";
    public static final String FULFILLED = "是否履约";
    public static final String FORTUNE500 = "是否500强";
    public static final String REMARK = "备注";

    public static final String ACTIVITY_SHEET = "工作指标";
    public static final String TRIPS = "外出招商(批次)";
    public static final String LEADER_TRIPS = "主要领导外出招商(批次)";
    public static final String COMPANIES_VISITED = "拜访企业(家次)";
    public static final String VISITORS_RECEIVED = "来访客商(批次)";

    /** The last sheet: short instructions and the {@link #TEMPLATE_VERSION} row (label in A, value in B). */
    public static final String INSTRUCTIONS_SHEET = "填报说明";

    public static final String TEMPLATE_VERSION = "模板版本";

    public static final String YES = "是";
    public static final String NO = "否";

    private ReturnTemplate() {}

    /** The ledger columns in template order, money columns with the 亿元 unit the template writes. */
    public static List<String> ledgerHeaders() {
        return List.of(
                PROJECT_NO,
                PROJECT_NAME,
                INVESTOR,
                INVESTOR_SOURCE,
                INDUSTRY,
                STATUS,
                SIGNED_ON,
                CONTRACT_AMOUNT + "(亿元)",
                STARTED_ON,
                FUNDS_TOTAL + "(亿元)",
                FUNDS_THIS_YEAR + "(亿元)",
                FOREIGN_FUNDS_THIS_YEAR,
                FULFILLED,
                FORTUNE500,
                REMARK);
    }

    public static List<String> coverLabels() {
        return List.of(COVER_UNIT_CODE, COVER_UNIT_NAME, COVER_PERIOD, COVER_REPORTER, COVER_PHONE);
    }

    public static List<String> activityLabels() {
        return List.of(TRIPS, LEADER_TRIPS, COMPANIES_VISITED, VISITORS_RECEIVED);
    }
}
