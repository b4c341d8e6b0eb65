package org.zsyz.scorecard.progress;

import java.util.Map;

/**
 * What a step is called on the terminal and what it counts. Partition workers ({@code step:partition3}) belong
 * to their step's stage. Steps not listed keep their own name and count items.
 */
public record Stage(String stepName, String label, String unit) {

    private static final Map<String, Stage> KNOWN = Map.of(
            "loadTargets", new Stage("loadTargets", "导入目标任务书", "个"),
            "importReturn", new Stage("importReturn", "导入月报", "个文件"),
            "assessUnits", new Stage("assessUnits", "评估打分", "个单位"),
            "renderUnitScorecards", new Stage("renderUnitScorecards", "生成单位成绩单", "份 PDF"),
            "renderBulletin", new Stage("renderBulletin", "生成全市成绩单和 Excel", "个文件"),
            "publishOutputs", new Stage("publishOutputs", "发布", "个文件"));

    public static Stage of(String stepName) {
        String base = baseName(stepName);
        Stage known = KNOWN.get(base);
        return known != null ? known : new Stage(base, base, "项");
    }

    /** {@code renderUnitScorecards:partition3} → {@code renderUnitScorecards}. */
    public static String baseName(String stepName) {
        int colon = stepName.indexOf(':');
        return colon < 0 ? stepName : stepName.substring(0, colon);
    }

    public static boolean isPartitionWorker(String stepName) {
        return stepName.indexOf(':') >= 0;
    }
}
