package org.zsyz.scorecard.returns;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.store.portal.PortalMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * Whether a month has enough returns to be published without the operator's confirmation. Too few: no counting
 * return at all, or fewer than half of the counting returns of the latest month published before it (a unit's
 * counting return is its newest accepted version not sent back). A wrong working folder, an empty inbox or
 * targets not yet imported all look like that, and publishing would mark every unit 未报送 (−2).
 *
 * <p>The confirmation is given per run ({@code --confirm-few-returns}, the portal's tick box) and held here for the
 * period while that run goes, so that a resumed run asks again.
 */
@Component
public class ReturnsQuorum {

    private static final Logger log = LoggerFactory.getLogger(ReturnsQuorum.class);

    private final ReturnSubmissionMapper submissions;
    private final PortalMapper portal;
    private final AssessedUnitMapper units;
    private final Set<YearMonth> confirmed = ConcurrentHashMap.newKeySet();
    private volatile boolean confirmedForAll;

    public ReturnsQuorum(ReturnSubmissionMapper submissions, PortalMapper portal, AssessedUnitMapper units) {
        this.submissions = submissions;
        this.portal = portal;
        this.units = units;
    }

    /** The operator confirmed publishing this period however few returns it has, for the run about to start. */
    public void confirm(YearMonth period) {
        confirmed.add(period);
    }

    public void release(YearMonth period) {
        confirmed.remove(period);
    }

    /** For {@code scorecard restart --confirm-few-returns}: whichever period the resumed run is. */
    public void confirmAll() {
        confirmedForAll = true;
    }

    /**
     * Refuses a month with too few returns unless confirmed.
     *
     * @param inbox the folder the month's returns came from, named in the message (files still waiting there)
     * @throws FewReturnsException what was found and why it is not published
     */
    public void check(YearMonth period, Path inbox) {
        String shortfall = shortfall(period, inbox);
        if (shortfall == null) {
            return;
        }
        if (confirmedForAll || confirmed.contains(period)) {
            log.warn("{}; published as the operator confirmed", shortfall);
            return;
        }
        throw new FewReturnsException(shortfall + "。发布将使这些单位记为未报送（−2 分）");
    }

    /** What is wrong with the month's returns, or {@code null} when there are enough. */
    String shortfall(YearMonth period, Path inbox) {
        int counting = submissions.findCounting(period).size();
        int unitsOfYear = units.findUnits(period.getYear()).size();
        if (counting == 0) {
            return period + " 没有一份可计入的月报" + (unitsOfYear == 0 ? "" : "（" + unitsOfYear + " 家考核单位都未报送）")
                    + whatIsWaiting(period, inbox, unitsOfYear);
        }
        List<YearMonth> earlier = portal.publishedPeriods().stream()
                .filter(p -> p.isBefore(period))
                .toList();
        if (earlier.isEmpty()) {
            return null;
        }
        YearMonth before = earlier.get(0);
        int previous = submissions.findCounting(before).size();
        if (counting * 2 >= previous) {
            return null;
        }
        return period + " 只有 " + counting + " 家单位的月报可计入，不到上次发布的 " + before + "（" + previous + " 家）的一半"
                + whatIsWaiting(period, inbox, unitsOfYear);
    }

    private static String whatIsWaiting(YearMonth period, Path inbox, int unitsOfYear) {
        int waiting = inbox == null ? 0 : InboxFileReader.waitingFiles(inbox).size();
        StringBuilder text = new StringBuilder();
        if (unitsOfYear == 0) {
            text.append("：").append(period.getYear()).append(" 年目标任务书还没有导入");
            if (waiting > 0) {
                text.append("，收件箱 ")
                        .append(inbox)
                        .append(" 中的 ")
                        .append(waiting)
                        .append(" 个文件留待导入（先运行 scorecard import-targets，再运行同一命令即可导入）");
            }
        } else if (waiting > 0) {
            text.append("；收件箱 ").append(inbox).append(" 中还有 ").append(waiting).append(" 个文件未导入");
        } else {
            text.append("；收件箱 ").append(inbox).append(" 中没有文件，请确认工作目录和收件箱是否正确");
        }
        return text.toString();
    }
}
