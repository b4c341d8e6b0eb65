package org.zsyz.scorecard.excel;

import java.util.List;

/** Chooses which sheets of a workbook to read. */
public interface WorkbookVisitor {

    /** The names of every sheet, in workbook order, before any row is read. */
    default void sheetNames(List<String> names) {}

    /** A visitor for the sheet's rows, or {@code null} to skip the sheet. */
    SheetVisitor sheet(String sheetName);
}
