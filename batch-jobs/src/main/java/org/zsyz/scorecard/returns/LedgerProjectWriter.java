package org.zsyz.scorecard.returns;

import java.util.List;
import org.zsyz.scorecard.store.returns.LedgerProject;

/** Stores the ledger rows of a return version, a slice at a time, inside the caller's transaction. */
public interface LedgerProjectWriter {

    /** @return the rows inserted */
    int insertProjects(List<LedgerProject> projects);
}
