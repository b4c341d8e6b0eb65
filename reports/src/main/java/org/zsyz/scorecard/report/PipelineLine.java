package org.zsyz.scorecard.report;

import java.math.BigDecimal;

/**
 * A line of the project pipeline.
 *
 * @param dimension      项目状态 or 产业类别
 * @param label          e.g. 已开工, or 工业
 * @param projects       number of projects
 * @param contractAmount Σ 合同投资额 in 亿元 (0 for projects not yet signed)
 */
public record PipelineLine(String dimension, String label, int projects, BigDecimal contractAmount) {}
