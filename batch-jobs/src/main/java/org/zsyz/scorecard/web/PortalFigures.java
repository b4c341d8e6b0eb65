package org.zsyz.scorecard.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.report.Formats;

/**
 * Figures as the pages show them: the PDFs' own formatting (two decimals rounded half up once), never a stored
 * scale such as {@code 0E-16}. Templates call it as {@code ${@figures.two(x)}}.
 */
@Component("figures")
public class PortalFigures {

    public String two(BigDecimal value) {
        return Formats.score(value);
    }
}
