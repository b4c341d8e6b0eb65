package org.zsyz.scorecard.notify;

import java.nio.charset.StandardCharsets;
import org.zsyz.scorecard.domain.ContactChannel;

/**
 * A robot's text message: the JSON both 钉钉 and 企业微信 take ({@code {"msgtype":"text","text":{"content":...}}}),
 * cut to the platform's limit (企业微信 2048 bytes of UTF-8, 钉钉 20000) with a line saying so.
 */
public final class RobotText {

    static final int WECOM_LIMIT = 2048;
    static final int DINGTALK_LIMIT = 20000;
    static final String CUT_NOTE = "\n……（消息过长，已截断；全文见邮件或门户）";

    private RobotText() {}

    public static int limitOf(ContactChannel robot) {
        return robot == ContactChannel.WECOM ? WECOM_LIMIT : DINGTALK_LIMIT;
    }

    /** The text as it fits the robot: itself, or cut at a character boundary with {@link #CUT_NOTE} added. */
    public static String fit(String text, ContactChannel robot) {
        int limit = limitOf(robot);
        if (bytes(text) <= limit) {
            return text;
        }
        int budget = limit - bytes(CUT_NOTE);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = bytes(new String(Character.toChars(cp)));
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return kept + CUT_NOTE;
    }

    public static String json(String content) {
        return "{\"msgtype\":\"text\",\"text\":{\"content\":\"" + escape(content) + "\"}}";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
