package org.zsyz.scorecard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.domain.ContactChannel;

/** A robot message too long for its platform is cut at a character boundary and says so; JSON is escaped. */
class RobotTextTest {

    @Test
    void aShortTextIsLeftAlone() {
        assertThat(RobotText.fit("催报：东川县", ContactChannel.WECOM)).isEqualTo("催报：东川县");
    }

    @Test
    void aTextTooLongFor企业微信IsCutTo2048BytesAndSaysSo() {
        String text = "东".repeat(1000); // 3,000 bytes of UTF-8
        String fitted = RobotText.fit(text, ContactChannel.WECOM);
        assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
        assertThat(fitted).endsWith("……（消息过长，已截断；全文见邮件或门户）").startsWith("东东东");
        // within 3 bytes of the limit: only whole characters are dropped
        assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2045);
        // 钉钉 takes the same text whole
        assertThat(RobotText.fit(text, ContactChannel.DINGTALK)).isEqualTo(text);
    }

    @Test
    void theJsonEscapesQuotesBackslashesAndLineBreaks() {
        assertThat(RobotText.json("a\"b\\c\nd\te\u0001"))
                .isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"a\\\"b\\\\c\\nd\\te\\u0001\"}}");
    }

    @Test
    void theSignatureIsDingTalks() {
        // computed independently: printf '1700000000000\nSECabc' | openssl dgst -sha256 -hmac SECabc -binary | base64
        assertThat(DingTalkSignature.sign(1700000000000L, "SECabc")).isEqualTo(SIGNATURE);
        assertThat(DingTalkSignature.signedUrl(
                        "https://oapi.dingtalk.com/robot/send?access_token=t", "SECabc", 1700000000000L))
                .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1700000000000&sign="
                        + SIGNATURE);
    }

    static final String SIGNATURE = "jcUpW0QmtKduN03n4JqQ0PBosVjqnM8gU7fIIvsDmCM%3D";
}
