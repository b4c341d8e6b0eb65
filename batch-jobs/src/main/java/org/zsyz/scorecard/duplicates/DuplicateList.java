package org.zsyz.scorecard.duplicates;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zsyz.scorecard.store.duplicate.DuplicateMapper;
import org.zsyz.scorecard.store.duplicate.ProjectDuplicate;

/** The duplicates found at import for a period, as the bureau reviews them (controllers call this, not the mapper). */
@Service
public class DuplicateList {

    private final DuplicateMapper duplicates;

    public DuplicateList(DuplicateMapper duplicates) {
        this.duplicates = duplicates;
    }

    @Transactional(readOnly = true)
    public List<ProjectDuplicate> ofPeriod(YearMonth period) {
        return duplicates.findByPeriod(period.toString());
    }

    /** Each duplicate's two returns as the board names them: "2025-09 第 1 版，B2", by duplicate id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String[]> returnsOf(YearMonth period) {
        java.util.Map<Long, String[]> out = new java.util.HashMap<>();
        for (org.zsyz.scorecard.store.duplicate.DuplicateReturns r : duplicates.findReturns(period.toString())) {
            out.put(r.duplicateId(), new String[] {
                "第 " + r.versionA() + " 版" + (r.cellA() == null ? "" : "，" + r.cellA()),
                "第 " + r.versionB() + " 版" + (r.cellB() == null ? "" : "，" + r.cellB())
            });
        }
        return out;
    }
}
