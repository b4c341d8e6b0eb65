package org.zsyz.scorecard.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The 督办单 template's parameters and rows. */
final class SupervisionNoticeData {

    private SupervisionNoticeData() {}

    static Map<String, Object> parameters(SupervisionNotice n) {
        Map<String, Object> p = new HashMap<>();
        p.put("TITLE", n.title());
        p.put("UNIT_LINE", n.unitName() + "（" + n.unitCode() + "）");
        p.put("STEP", n.step());
        p.put("STEP_TEXT", n.stepText());
        p.put("STEP_FILL", fill(n.step()));
        p.put("ISSUER_LINE", n.issuer() + "  " + n.publishedOn());
        p.put("ITEM_COUNT", n.items().size());
        return p;
    }

    static List<Map<String, ?>> rows(SupervisionNotice n) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (SupervisionNotice.Item i : n.items()) {
            rows.add(Map.of("kind", i.kind(), "text", i.text()));
        }
        return rows;
    }

    /** The step's fill, as the colour bands': green, yellow, red; 约谈 a darker red. */
    static String fill(String step) {
        return switch (step) {
            case "黄灯" -> "#FFEB9C";
            case "红灯" -> "#FFC7CE";
            case "约谈" -> "#F4A6A6";
            default -> "#C6EFCE";
        };
    }
}
