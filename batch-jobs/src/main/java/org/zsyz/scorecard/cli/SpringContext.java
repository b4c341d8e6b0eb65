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
        List<String> args = withDefaults(defaults);
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

    /**
     * The quick application ({@link QuickConfiguration}: the settings and the mappers on one connection), for the
     * commands that answer at once; null when its database is not ready (cannot be opened, or not migrated): the
     * command then starts the whole application, which migrates it or reports why not. The settings, the working
     * folder's check and the logging are Spring Boot's own, as for the whole application.
     */
    static ConfigurableApplicationContext startQuick(String... defaults) {
        // Spring Boot warms Jackson, the conversion service and more on a second thread, for a context that needs
        // none of them: on two cores that thread took a third of a quick command's CPU.
        String preinitializer = "spring.backgroundpreinitializer.ignore";
        String before = System.setProperty(preinitializer, "true");
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(QuickConfiguration.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run(withDefaults(defaults).toArray(String[]::new));
        } finally {
            if (before == null) {
                System.clearProperty(preinitializer);
            } else {
                System.setProperty(preinitializer, before);
            }
        }
        try {
            context.getBean(QuickDatabase.class);
            return context;
        } catch (RuntimeException e) {
            context.close();
            if (SpringCommand.find(e, QuickDatabase.NotReady.class) != null) {
                return null;
            }
            throw e;
        }
    }

    private static List<String> withDefaults(String... defaults) {
        List<String> args = new ArrayList<>(arguments);
        for (String d : defaults) {
            String name = d.substring(0, d.indexOf('=') + 1);
            if (arguments.stream().noneMatch(a -> a.startsWith(name))) {
                args.add(d);
            }
        }
        return args;
    }

    /** The one-line reason of a failure: the deepest message that says something. */
    static String reason(Throwable e) {
        return Failures.reason(e);
    }
}
