package org.zsyz.scorecard.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 钉钉's 加签 for a custom robot with a secret: HMAC-SHA256 of {@code timestamp + "\n" + secret} keyed with the
 * secret, Base64, URL-encoded, sent as {@code &timestamp=...&sign=...} (the timestamp in milliseconds, accepted
 * within an hour).
 */
public final class DingTalkSignature {

    private DingTalkSignature() {}

    public static String sign(long timestampMillis, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return URLEncoder.encode(Base64.getEncoder().encodeToString(digest), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The webhook with the timestamp and signature added. */
    public static String signedUrl(String webhook, String secret, long timestampMillis) {
        return webhook + (webhook.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign="
                + sign(timestampMillis, secret);
    }
}
