package org.zsyz.scorecard.targets;

import java.util.List;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;

/** The targets workbook (年度目标任务书) (docs/returns-and-targets.md, Formats): sheet names and header texts. */
public final class TargetsTemplate {

    /** Written into the workbook so the reader can tell which template revision it is reading. */
    public static final String VERSION_MARKER = "ZSYZ-TARGETS-1";

    public static final String UNITS_SHEET = "考核单位";
    public static final String UNIT_CODE = "单位代码";
    public static final String UNIT_NAME = "单位名称";
    public static final String GROUP = "考核组别";
    public static final String RANKED = "参与综合排名";
    /** Optional columns of 考核单位: the unit's contact, checked as `scorecard contact set` checks it. */
    public static final String CONTACT_EMAIL = "联系邮箱";

    public static final String CONTACT_WEBHOOK = "机器人地址";
    public static final String CONTACT_SECRET = "机器人密钥";

    public static final String TARGETS_SHEET = "年度目标";

    public static final String SCHEDULE_SHEET = "序时进度";
    public static final String MONTH = "月份";
    public static final String CUMULATIVE_PROGRESS = "累计进度(%)";

    /** The last sheet: short instructions and the {@link #TEMPLATE_VERSION} row (label in A, value in B). */
    public static final String INSTRUCTIONS_SHEET = "填报说明";

    public static final String TEMPLATE_VERSION = "模板版本";
    /** On the instructions sheet after the version: {@code 年度 | 2025}. */
    public static final String YEAR = "年度";

    public static final String YES = "是";
    public static final String NO = "否";

    private TargetsTemplate() {}

    public static List<String> unitHeaders() {
        return List.of(UNIT_CODE, UNIT_NAME, GROUP, RANKED);
    }

    /** The optional contact columns of 考核单位, in the order they are written when used. */
    public static List<String> unitContactHeaders() {
        return List.of(CONTACT_EMAIL, CONTACT_WEBHOOK, CONTACT_SECRET);
    }

    /** The default method's: 单位代码 then one column per indicator with a target, e.g. 到位市外资金(亿元). */
    public static List<String> targetHeaders() {
        return targetHeaders(IndicatorCatalogue.DEFAULT);
    }

    /** 单位代码 then one column per indicator of the method that has a target, in the method's order. */
    public static List<String> targetHeaders(IndicatorCatalogue catalogue) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(UNIT_CODE),
                        catalogue.withTargets().stream().map(Indicator::targetHeader))
                .toList();
    }
}
