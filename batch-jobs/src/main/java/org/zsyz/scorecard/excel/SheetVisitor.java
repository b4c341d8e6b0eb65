package org.zsyz.scorecard.excel;

/** Receives the rows of one sheet, in order. */
@FunctionalInterface
public interface SheetVisitor {

    void row(SheetRow row);

    /** Called after the sheet's last row. */
    default void end() {}
}
