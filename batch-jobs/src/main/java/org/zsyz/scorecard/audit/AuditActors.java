package org.zsyz.scorecard.audit;

import java.net.InetAddress;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is acting on this thread: the portal's logged-in account and the client address the portal put on the
 * request ({@link #ORIGIN_ATTRIBUTE}), or else the command line's (or the schedule's) operating-system user.
 */
public final class AuditActors {

    /** The request attribute the portal sets to the client's address (as the login throttle reads it). */
    public static final String ORIGIN_ATTRIBUTE = "org.zsyz.scorecard.audit.origin";

    private static final ThreadLocal<AuditActor> ACTING = new ThreadLocal<>();

    private AuditActors() {}

    /** A task handed to another thread (a run started from the portal) that acts for whoever handed it over. */
    public static Runnable actingAs(AuditActor actor, Runnable task) {
        return () -> {
            ACTING.set(actor);
            try {
                task.run();
            } finally {
                ACTING.remove();
            }
        };
    }

    public static AuditActor current() {
        AuditActor acting = ACTING.get();
        if (acting != null) {
            return acting;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object origin =
                request == null ? null : request.getAttribute(ORIGIN_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            String role = authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(a -> a != null && a.startsWith("ROLE_"))
                    .map(a -> a.substring("ROLE_".length()))
                    .findFirst()
                    .orElse("-");
            return new AuditActor(authentication.getName(), role, origin == null ? "-" : origin.toString());
        }
        return system();
    }

    /** The command line or the schedule: the operating-system user on this host. */
    public static AuditActor system() {
        return new AuditActor("命令行:" + System.getProperty("user.name", "?"), AuditActor.SYSTEM, "本机 " + host());
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "?";
        }
    }
}
