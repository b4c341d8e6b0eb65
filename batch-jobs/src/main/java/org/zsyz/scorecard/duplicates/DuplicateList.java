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
}
