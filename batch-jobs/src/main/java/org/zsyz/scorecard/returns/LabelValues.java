package org.zsyz.scorecard.returns;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.RawCell;
import org.zsyz.scorecard.excel.SheetVisitor;

/** A label | value sheet (封面, 工作指标): label in column A, value in column B; the first row of a label counts. */
final class LabelValues {

    private final Map<String, RawCell> values = new LinkedHashMap<>();
    private final Map<String, String> cells = new HashMap<>();

    SheetVisitor visitor() {
        return row -> {
            RawCell label = row.cell(0);
            if (label == null || label.isBlank()) {
                return;
            }
            String key = CellText.key(label.text());
            if (!cells.containsKey(key)) {
                values.put(key, row.cell(1));
                cells.put(key, CellRef.of(1, row.rowIndex()));
            }
        };
    }

    boolean hasLabel(String label) {
        return cells.containsKey(CellText.key(label));
    }

    RawCell value(String label) {
        return values.get(CellText.key(label));
    }

    boolean isBlank(String label) {
        RawCell value = value(label);
        return value == null || value.isBlank();
    }

    String cell(String label) {
        return cells.get(CellText.key(label));
    }
}
