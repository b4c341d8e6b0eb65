package org.zsyz.scorecard.store.contact;

import java.time.LocalDateTime;
import org.zsyz.scorecard.domain.ContactChannel;

/**
 * An e-mail address or robot webhook of a unit or of the bureau.
 *
 * @param owner  the unit code, or {@link #OFFICE} / {@link #IT} for the bureau's own
 * @param secret the 钉钉 robot's signing secret (加签), {@code null} when none
 */
public record Contact(
        Long id, String owner, ContactChannel channel, String address, String secret, LocalDateTime createdAt) {

    /** The bureau's assessment office: gets the bulletin. */
    public static final String OFFICE = "@office";
    /** The bureau's IT staff: alerted when a run fails (a message given up is recorded as FAILED, not alerted). */
    public static final String IT = "@it";

    public boolean isBureau() {
        return owner.startsWith("@");
    }
}
