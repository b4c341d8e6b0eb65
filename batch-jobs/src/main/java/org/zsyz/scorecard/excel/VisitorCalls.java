package org.zsyz.scorecard.excel;

/**
 * Calls into the caller's visitor from inside a parser, and the one failure a parser raises itself (too many rows):
 * kept apart so that neither is mistaken for a damaged file.
 */
final class VisitorCalls {

    private VisitorCalls() {}

    /**
     * A failure of the caller's visitor (a database error while storing rows, say) is not the file's fault: it is
     * carried through the parser in this wrapper and rethrown as it was, never reported as a damaged file.
     */
    static final class VisitorFailure extends RuntimeException {
        VisitorFailure(RuntimeException cause) {
            super(cause);
        }
    }

    static void guard(Runnable call) {
        try {
            call.run();
        } catch (TooManyRowsException | VisitorFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }

    static <T> T guard(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }

    static void rethrowVisitorFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof VisitorFailure failure) {
                throw (RuntimeException) failure.getCause();
            }
        }
    }

    /** Stops a sheet that is longer than any real return. */
    static final class TooManyRowsException extends RuntimeException {
        TooManyRowsException(String sheet, ReadLimits limits) {
            super("工作表「" + sheet + "」超过 " + limits.maxRowsPerSheet() + " 行的上限，已拒收");
        }
    }
}
