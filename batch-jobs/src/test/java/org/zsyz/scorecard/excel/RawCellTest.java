package org.zsyz.scorecard.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A number cell is read at Excel's 15 significant digits, and shown so. */
class RawCellTest {

    @ParameterizedTest
    @CsvSource({
        "3.0999999999999996, 3.1", // =0.7+2.4
        "7.1999999999999995E-2, 0.072", // 0.072 as Excel writes a result: 17 digits
        "0.07199999999999998, 0.072", // =0.172-0.1
        "0.30000000000000004, 0.3", // =0.1+0.2
        "1.2345599999999999, 1.23456", // still 5 decimals: refused where 4 are allowed, shown as typed
        "3.0000000000000004, 3", // =0.1*30: a whole number again
        "123456789012345678, 123456789012346000", // Excel keeps 15 digits of a long number
        "1.0E+2, 100",
        "0.5, 0.5",
        "3.0, 3",
        "-2.0000000000000004, -2"
    })
    void numbersAreReadAsExcelShowsThem(String stored, String shown) {
        RawCell cell = RawCell.number(3, new BigDecimal(stored));

        assertThat(cell.kind()).isEqualTo(RawCell.Kind.NUMBER);
        assertThat(cell.shown()).isEqualTo(shown);
        assertThat(cell.number()).isEqualByComparingTo(shown);
        assertThat(cell.number().scale()).isNotNegative();
    }
}
