package org.zsyz.scorecard.excel;

/** Excel's A1 notation. */
public final class CellRef {

    private CellRef() {}

    /** 0-based column and row to "H5". */
    public static String of(int column, int rowIndex) {
        return columnName(column) + (rowIndex + 1);
    }

    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            name.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return name.toString();
    }

    /** "AB12" to its 0-based column, -1 when it is not a reference. */
    public static int columnOf(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : column - 1;
    }
}
