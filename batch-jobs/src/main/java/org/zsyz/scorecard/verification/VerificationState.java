package org.zsyz.scorecard.verification;

import java.time.YearMonth;
import org.springframework.stereotype.Service;
import org.zsyz.scorecard.store.evidence.EvidenceMapper;
import org.zsyz.scorecard.store.spotcheck.SpotCheck;
import org.zsyz.scorecard.store.spotcheck.SpotCheckMapper;

/**
 * What of 佐证材料 and 抽查 an assessment of a period depends on, for the assessment's inputs fingerprint: a new file
 * or a recorded result makes the next assessment a new run. Empty while there is neither, so that the fingerprint
 * of an installation without them is what it was before.
 */
@Service
public class VerificationState {

    private final EvidenceMapper evidence;
    private final SpotCheckMapper checks;

    public VerificationState(EvidenceMapper evidence, SpotCheckMapper checks) {
        this.evidence = evidence;
        this.checks = checks;
    }

    public String of(YearMonth period) {
        StringBuilder state = new StringBuilder();
        long lastFile = evidence.lastEvidenceId();
        if (lastFile > 0) {
            state.append("|evidence:").append(lastFile);
        }
        for (SpotCheck c : checks.findByPeriod(period.toString())) {
            if (c.result() != null) {
                state.append("|check:")
                        .append(c.id())
                        .append('=')
                        .append(c.result())
                        .append('@')
                        .append(c.recordedAt());
            }
        }
        return state.toString();
    }
}
