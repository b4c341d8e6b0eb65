package org.zsyz.scorecard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.zsyz.scorecard.schedule.MessageSchedule;
import org.zsyz.scorecard.schedule.MonthlySchedule;
import org.zsyz.scorecard.schedule.ScheduleProperties;
import org.zsyz.scorecard.web.PortalConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Stay up and run the monthly job on a timetable (scorecard.schedule.cron, default "
                    + "02:00 on the 6th, Asia/Shanghai) for the month before; a failed run is tried again, a month "
                    + "whose time passed while the server was down is caught up on start. Ends on SIGTERM/Ctrl-C, "
                    + "letting a running job stop at a chunk boundary first.",
            "It also serves the web portal (网上报送) on scorecard.web.port (default 8080).",
            "Run it under systemd (see docs/operations.md); the run events and progress go to the console "
                    + "(the journal) and to logs/scorecard.log."
        })
class ServeCommand extends SpringCommand {

    @Override
    boolean announcesHome() {
        return true;
    }

    @Option(names = "--port", description = "the web portal's port (default scorecard.web.port, 8080)")
    Integer port;

    @Option(
            names = "--address",
            description = "the address the portal binds to (default scorecard.web.address, " + "0.0.0.0: all)")
    String address;

    @Override
    ConfigurableApplicationContext startContext(String[] defaults) {
        return SpringContext.start(WebApplicationType.SERVLET, new Class<?>[] {PortalConfiguration.class}, defaults);
    }

    /** The context of a serve in progress, so a test can end it as SIGTERM would. */
    static final AtomicReference<ConfigurableApplicationContext> RUNNING = new AtomicReference<>();

    @Override
    List<String> springArguments() {
        List<String> args = new ArrayList<>();
        // Unattended: the console is the journal, so it gets the run events and progress too.
        args.add("--scorecard.log.run-events-on-console=INFO");
        args.add("--logging.threshold.console=INFO");
        if (port != null) {
            args.add("--scorecard.web.port=" + port);
        }
        if (address != null) {
            args.add("--scorecard.web.address=" + address);
        }
        return args;
    }

    @Override
    int run(ConfigurableApplicationContext context) throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        ScheduleProperties settings = context.getBean(ScheduleProperties.class);
        MonthlySchedule schedule = context.getBean(MonthlySchedule.class);
        if (settings.enabled()) {
            schedule.start();
            out().println("scorecard serve：按 '" + settings.cron() + "'（" + settings.zone() + "）运行上月的月度作业；下次 "
                    + schedule.next()
                            .map(n -> n.toLocalDateTime().toString().replace('T', ' ') + " 运行 "
                                    + MonthlySchedule.periodFor(n))
                            .orElse("—"));
        } else {
            out().println("scorecard serve：定时运行已关闭（scorecard.schedule.enabled=false）");
        }
        context.getBean(MessageSchedule.class).start();
        Environment environment = context.getEnvironment();
        out().println("网上报送：http://" + environment.getProperty("server.address", "0.0.0.0") + ":"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")) + "/");
        out().flush();
        RUNNING.set(context);
        try {
            closed.await();
        } finally {
            RUNNING.set(null);
        }
        return ExitCodes.OK;
    }
}
