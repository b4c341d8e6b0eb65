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

    private SpringContext() {}

    static void setArguments(List<String> springArguments) {
        arguments = List.copyOf(springArguments);
    }

    /**
     * @param defaults {@code --name=value} arguments of the command, each dropped when the user gave that name
     */
    static ConfigurableApplicationContext start(String... defaults) {
        return start(WebApplicationType.NONE, new Class<?>[0], defaults);
    }

    /**
     * @param web     SERVLET for {@code serve} (the portal); every other command runs without a web server
     * @param sources added to the application, e.g. the portal's configuration
     */
    static ConfigurableApplicationContext start(WebApplicationType web, Class<?>[] sources, String... defaults) {
        List<String> args = new ArrayList<>(arguments);
        for (String d : defaults) {
            String name = d.substring(0, d.indexOf('=') + 1);
            if (arguments.stream().noneMatch(a -> a.startsWith(name))) {
                args.add(d);
            }
        }
        if (web != WebApplicationType.NONE) {
            // application.properties says none (for the one-shot commands), and that setting wins over the builder
            args.add("--spring.main.web-application-type=" + web.name().toLowerCase(java.util.Locale.ROOT));
        }
        return new SpringApplicationBuilder(ScorecardApplication.class)
                .sources(sources)
                .web(web)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    /** The one-line reason of a failure: the deepest message that says something. */
    static String reason(Throwable e) {
        return Failures.reason(e);
    }
}
