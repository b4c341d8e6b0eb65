package org.zsyz.scorecard.notify;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code scorecard.messages.*}: how messages to the units and the bureau are sent (the mail server itself is
 * Spring Boot's {@code spring.mail.*}).
 *
 * @param portalUrl      the portal's address as the units reach it, put in every message (e.g.
 *                       {@code https://zsyz.example.gov.cn}); blank: messages carry no link
 * @param from           the sender of e-mails (default {@code spring.mail.username}, else scorecard@localhost)
 * @param maxAttempts    attempts per message before it is FAILED (default 5)
 * @param firstRetry     the wait after the first failure, doubled after each further one (default 1 min)
 * @param maxRetry       the longest wait between attempts (default 1 h)
 * @param connectTimeout a robot's connect timeout (default 5 s)
 * @param requestTimeout a robot's whole-request timeout (default 10 s)
 * @param claim          how long a sender holds a message it is sending before another may retry it (default 5 min)
 * @param sendInterval   how often {@code serve} sends what is due (default 1 min)
 * @param remindDays     the schedule's 催报 days relative to the deadline: -3 and -1 are 3 and 1 days before it, 1 the
 *                       day after (default -3,-1,1); empty: no scheduled reminders
 * @param remindCron     when on those days the schedule sends them (default {@code 0 0 9 * * *}, 09:00)
 * @param attachPdf      a unit's scorecard is attached to its e-mail (default true); false: the portal link only
 */
@ConfigurationProperties("scorecard.messages")
public record MessageProperties(
        String portalUrl,
        String from,
        Integer maxAttempts,
        Duration firstRetry,
        Duration maxRetry,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration claim,
        Duration sendInterval,
        List<Integer> remindDays,
        String remindCron,
        Boolean attachPdf) {

    public MessageProperties {
        portalUrl = portalUrl == null ? "" : portalUrl.strip().replaceAll("/+$", "");
        from = from == null ? "" : from.strip();
        maxAttempts = maxAttempts == null || maxAttempts < 1 ? 5 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        claim = claim == null ? Duration.ofMinutes(5) : claim;
        sendInterval = sendInterval == null ? Duration.ofMinutes(1) : sendInterval;
        remindDays = remindDays == null ? List.of(-3, -1, 1) : List.copyOf(remindDays);
        remindCron = remindCron == null || remindCron.isBlank() ? "0 0 9 * * *" : remindCron.strip();
        attachPdf = attachPdf == null || attachPdf;
    }

    /** The wait before attempt {@code attempts + 1}: doubling from firstRetry, at most maxRetry. */
    public Duration backOff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    /** The portal page of a period for a county, or {@code null} when no portal address is set. */
    public String countyLink(java.time.YearMonth period) {
        return portalUrl.isEmpty() ? null : portalUrl + "/county?period=" + period;
    }

    /** The portal page of a term (a year {@code 2025} or a quarter {@code 2025-Q3}) for a county, or {@code null}. */
    public String countyTermLink(String term) {
        return portalUrl.isEmpty() ? null : portalUrl + "/county/terms?term=" + term;
    }
}
