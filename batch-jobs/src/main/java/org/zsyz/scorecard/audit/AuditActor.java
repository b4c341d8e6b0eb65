package org.zsyz.scorecard.audit;

/**
 * Who acted and from where.
 *
 * @param name   the portal account, or {@code 命令行:<os user>} for the command line and the schedule
 * @param role   BUREAU, COUNTY or SYSTEM
 * @param origin the client's address, or {@code 本机 <host>}
 */
public record AuditActor(String name, String role, String origin) {

    public static final String SYSTEM = "SYSTEM";

    public AuditActor {
        name = clip(name, 60);
        origin = clip(origin, 100);
    }

    private static String clip(String text, int length) {
        String value = text == null || text.isBlank() ? "-" : text;
        return value.length() > length ? value.substring(0, length) : value;
    }
}
