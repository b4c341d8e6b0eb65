package org.zsyz.scorecard.excel;

import java.util.List;

/**
 * One row of a sheet as streamed from the file.
 *
 * @param rowIndex 0-based row index (Excel row number minus one)
 * @param hidden   the row is hidden in the workbook
 * @param cells    the non-empty cells, in column order
 */
public record SheetRow(int rowIndex, boolean hidden, List<RawCell> cells) {

    /** The cell in a column, or {@code null} when the cell is empty. */
    public RawCell cell(int column) {
        if (column >= 0 && column < cells.size() && cells.get(column).column() == column) {
            return cells.get(column); // a row filled from column A: the cell is at its own index
        }
        for (RawCell c : cells) {
            if (c.column() == column) {
                return c;
            }
            if (c.column() > column) {
                break;
            }
        }
        return null;
    }

    /** The row's Excel number, as a person reads it (1-based). */
    public int rowNumber() {
        return rowIndex + 1;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(RawCell::isBlank);
    }
}
