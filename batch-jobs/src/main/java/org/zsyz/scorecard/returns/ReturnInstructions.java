package org.zsyz.scorecard.returns;

import java.util.ArrayList;
import java.util.List;
import org.zsyz.scorecard.assess.ExtraColumns;
import org.zsyz.scorecard.assess.LedgerColumn;

/** What the return template's 填报说明 sheet and the extra columns' header notes tell the statistician. */
final class ReturnInstructions {

    private ReturnInstructions() {}

    /** The 填报说明 sheet's lines: the standard ones, then one per extra column of the year's method. */
    static List<String> of(ExtraColumns extras) {
        List<String> lines = new ArrayList<>(standardInstructions());
        for (LedgerColumn c : extras.all()) {
            lines.add("附加列“" + c.header() + "”：" + extraNote(c) + "。");
        }
        return lines;
    }

    private static List<String> standardInstructions() {
        return List.of(
                "本表每个考核单位每月报送一份。除特别说明外，所有数据均为本年1月至报告期末（1—M月）累计数。",
                "请勿修改工作表名称和表头文字，请勿删除本说明页（系统据“模板版本”识别模板）；表头可调整列的顺序，多余的列将被忽略。",
                "封面：A列为项目，B列填写内容。报告期填写如 2025-09。",
                "项目台账：每个项目一行，填报本单位全部在库项目（包括以前年度签约、仍在推进的项目），不只是本年新增项目；项目编号在本单位内唯一，逐月保持不变。",
                "投资方来源、产业类别、项目状态、是否履约、是否500强请从下拉列表中选择。",
                "已签约、已开工、已竣工、已终止项目须填签约日期和合同投资额；已开工、已竣工项目还须填开工日期，且不得早于签约日期。日期格式 yyyy-mm-dd。",
                "金额单位为亿元；如按万元填报，请把表头中的“(亿元)”改为“(万元)”，系统自动换算。本年到位外资单位为万美元，仅境外投资方项目填报，不折算人民币。",
                "本年到位资金为本年1月至报告期末累计到位的境内资金，每年1月重新起算，不得大于累计到位资金。",
                "工作指标：A列为指标名称，B列填写本年累计数（整数）。",
                "请于报告期次月5日前报送，逾期报送或未报送按考核办法扣分。同一报告期可重复报送，以最后一次通过校验的版本为准。");
    }

    /** The header's note and the 填报说明 row of an extra column. */
    static String extraNote(LedgerColumn c) {
        return (c.required() ? "必填" : "选填") + "（本年度考核办法要求的附加列）；" + ExtraCellCheck.expected(c)
                + (c.type() == LedgerColumn.Type.YES_NO || c.type() == LedgerColumn.Type.CHOICE ? "，下拉选择" : "")
                + (c.type() == LedgerColumn.Type.YES_NO && !c.required() ? "；不填视为“否”" : "")
                + (c.type() == LedgerColumn.Type.AMOUNT ? "；按另一单位填报时把表头单位改为“(亿元)”或“(万元)”" : "");
    }
}
