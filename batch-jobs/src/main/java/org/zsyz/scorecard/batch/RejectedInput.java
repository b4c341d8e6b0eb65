package org.zsyz.scorecard.batch;

/**
 * An exception saying the run's input was refused as a whole (a targets workbook with errors): there is nothing to
 * resume, since the same input is refused again; a corrected input is a new run. Such a run ends with the exit
 * code {@link #EXIT_CODE}, which {@code restart} without an execution id passes over.
 */
public interface RejectedInput {

    String EXIT_CODE = "REJECTED";
}
