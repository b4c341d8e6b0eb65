package org.zsyz.scorecard.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.ScorecardApplication;
import org.zsyz.scorecard.batch.Failures;

/** Starts the Spring application for the commands that need it. */
final class SpringContext {

    private static List<String> arguments = List.of();

    private SpringContext() {
    }

    static void setArguments(List<String> springArguments) {
        arguments = List.copyOf(springArguments);
    }

    /**
     * @param defaults {@code --name=value} arguments of the command, each dropped when the user gave that name
     */
    static ConfigurableApplicationContext start(String... defaults) {
        List<String> args = new ArrayList<>(arguments);
        for (String d : defaults) {
            String name = d.substring(0, d.indexOf('=') + 1);
            if (arguments.stream().noneMatch(a -> a.startsWith(name))) {
                args.add(d);
            }
        }
        return new SpringApplicationBuilder(ScorecardApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    /** The one-line reason of a failure: the deepest message that says something. */
    static String reason(Throwable e) {
        return Failures.reason(e);
    }
}
