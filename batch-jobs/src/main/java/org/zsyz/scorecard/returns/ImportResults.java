package org.zsyz.scorecard.returns;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** The outcomes of the files imported by this process, for the per-file result table. */
@Component
public class ImportResults {

    private final List<ImportOutcome> outcomes = new ArrayList<>();

    public synchronized void add(ImportOutcome outcome) {
        outcomes.add(outcome);
    }

    public synchronized List<ImportOutcome> drain() {
        List<ImportOutcome> all = List.copyOf(outcomes);
        outcomes.clear();
        return all;
    }
}
