package org.zsyz.scorecard.report;

import java.util.List;

/**
 * One 考核组别's ranked table and its 红黑榜.
 *
 * @param rows      ranked units first in rank order, then unranked units (参与综合排名 = 否)
 * @param redList   unit names on the red list (红榜), best first
 * @param blackList unit names on the black list (黑榜), worst first
 */
public record GroupRanking(String groupName, List<RankingRow> rows, List<String> redList, List<String> blackList) {}
