package org.zsyz.scorecard.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.ScorecardApplication;

/** Starts the Spring application for the commands that need it. */
final class SpringContext {

    private static List<String> arguments = List.of();

    private SpringContext() {
    }

    static void setArguments(List<String> springArguments) {
        arguments = List.copyOf(springArguments);
    }

    static ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(arguments);
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(ScorecardApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    /** The one-line reason of a failure: the deepest message that says something. */
    static String reason(Throwable e) {
        String reason = e.getMessage();
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage();
            }
        }
        if (reason == null) {
            reason = e.getClass().getSimpleName();
        }
        int nl = reason.indexOf('\n');
        return nl < 0 ? reason : reason.substring(0, nl);
    }
}
