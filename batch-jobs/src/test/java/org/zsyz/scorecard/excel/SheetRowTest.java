package org.zsyz.scorecard.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A cell is found by its column whether the row is filled from column A or has gaps. */
class SheetRowTest {

    @Test
    void findsCellsInFullAndSparseRows() {
        SheetRow full =
                new SheetRow(4, false, List.of(RawCell.text(0, "a"), RawCell.text(1, "b"), RawCell.text(2, "c")));
        assertThat(full.cell(1).text()).isEqualTo("b");
        assertThat(full.cell(3)).isNull();
        assertThat(full.cell(-1)).isNull();

        SheetRow sparse =
                new SheetRow(4, false, List.of(RawCell.text(0, "a"), RawCell.text(2, "c"), RawCell.text(5, "f")));
        assertThat(sparse.cell(0).text()).isEqualTo("a");
        assertThat(sparse.cell(1)).isNull();
        assertThat(sparse.cell(2).text()).isEqualTo("c");
        assertThat(sparse.cell(5).text()).isEqualTo("f");
        assertThat(sparse.cell(4)).isNull();
        assertThat(sparse.cell(9)).isNull();
    }
}
