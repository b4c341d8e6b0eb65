package org.zsyz.scorecard.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a table's columns by header text: headers are compared after {@link CellText#key} (full/half
 * width, spaces and case ignored). A header cell left blank under a vertically merged header takes the
 * text of the row above, so two-row headers work.
 */
public final class HeaderMap {

    private final Map<String, Integer> columnsByKey = new HashMap<>();
    private final Map<Integer, String> textByColumn = new HashMap<>();
    private final int rowIndex;

    private HeaderMap(int rowIndex) {
        this.rowIndex = rowIndex;
    }

    /**
     * The header row among the first rows of a sheet: the one matching most of the expected header
     * prefixes (keys). Returns {@code null} when no row matches any.
     */
    public static HeaderMap find(List<SheetRow> firstRows, List<String> expectedPrefixes) {
        HeaderMap best = null;
        int bestScore = 0;
        SheetRow previous = null;
        for (SheetRow row : firstRows) {
            HeaderMap candidate = new HeaderMap(row.rowIndex());
            for (RawCell cell : row.cells()) {
                String text = CellText.clean(cell.text());
                candidate.put(cell.column(), text);
            }
            if (previous != null && previous.rowIndex() == row.rowIndex() - 1) {
                for (RawCell above : previous.cells()) {
                    if (!candidate.textByColumn.containsKey(above.column())) {
                        candidate.put(above.column(), CellText.clean(above.text()));
                    }
                }
            }
            int score = 0;
            for (String prefix : expectedPrefixes) {
                if (candidate.columnStartingWith(prefix) >= 0) {
                    score++;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
            previous = row;
        }
        return best;
    }

    private void put(int column, String text) {
        if (text.isEmpty()) {
            return;
        }
        textByColumn.put(column, text);
        columnsByKey.putIfAbsent(CellText.key(text), column);
    }

    public int rowIndex() {
        return rowIndex;
    }

    /** The column whose header is exactly this text (after normalisation), or -1. */
    public int column(String header) {
        return columnsByKey.getOrDefault(CellText.key(header), -1);
    }

    /** The first column whose header starts with this text, e.g. 合同投资额 for 合同投资额(万元); or -1. */
    public int columnStartingWith(String prefix) {
        String key = CellText.key(prefix);
        return textByColumn.keySet().stream()
                .sorted()
                .filter(c -> CellText.key(textByColumn.get(c)).startsWith(key))
                .findFirst()
                .orElse(-1);
    }

    public String text(int column) {
        return textByColumn.get(column);
    }

    /** Header columns not in the given set, in column order (extra columns get a warning). */
    public List<Integer> columnsOtherThan(java.util.Collection<Integer> known) {
        List<Integer> extra = new ArrayList<>();
        textByColumn.keySet().stream().sorted().filter(c -> !known.contains(c)).forEach(extra::add);
        return extra;
    }
}
