package org.zsyz.scorecard.notify;

import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.config.ScorecardProperties;

/**
 * Where a published file to attach is, as a message records it: relative to the working folder when it is in it
 * (the record stays right if the folder moves), or {@code null} when e-mails carry the link only
 * ({@code scorecard.messages.attach-pdf=false}).
 */
@Component
class Attachments {

    private final MessageProperties settings;
    private final ScorecardProperties scorecard;

    Attachments(MessageProperties settings, ScorecardProperties scorecard) {
        this.settings = settings;
        this.scorecard = scorecard;
    }

    String of(Path folder, String file) {
        if (!settings.attachPdf()) {
            return null;
        }
        Path path = folder.resolve(file).toAbsolutePath();
        Path home = scorecard.home().toAbsolutePath();
        return path.startsWith(home) ? home.relativize(path).toString() : path.toString();
    }
}
