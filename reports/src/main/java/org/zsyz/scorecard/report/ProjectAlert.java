package org.zsyz.scorecard.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project on a unit scorecard's 预警 list: signed long ago and still not started (超期未开工), or still without
 * funds received (资金未到位). One line per project, whatever number of alerts it has.
 *
 * @param projectNo      项目编号 as in the unit's ledger
 * @param signedOn       签约日期, {@code null} if unknown
 * @param contractAmount 合同投资额 in 亿元, {@code null} if unknown
 * @param alert          what is wrong, short, e.g. 超期未开工, or 超期未开工、资金未到位
 */
public record ProjectAlert(
        String projectNo, String projectName, LocalDate signedOn, BigDecimal contractAmount, String alert) {}
