package org.zsyz.scorecard;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring side of the application; the command line ({@code cli.ScorecardCommand}) starts it when a command needs it. */
@SpringBootApplication
public class ScorecardApplication {
}
