package org.zsyz.scorecard.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/**
 * Figures as the pages show them: two decimals rounded half up once, as in the PDFs, never a stored scale such as
 * {@code 0E-16}. Templates call it as {@code ${@figures.two(x)}}.
 */
@Component("figures")
public class PortalFigures {

    public String two(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
