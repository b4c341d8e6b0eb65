package org.zsyz.scorecard.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.domain.ContactChannel;

/** The checks on addresses: what is refused, with which message, and which robot a webhook is. */
class ContactAddressesTest {

    @Test
    void anEmailAddressIsCheckedAndTrimmed() {
        assertThat(ContactAddresses.email(" tongji@dongchuan.example.gov.cn "))
                .isEqualTo("tongji@dongchuan.example.gov.cn");
        assertThatThrownBy(() -> ContactAddresses.email("tongji.dongchuan.gov.cn"))
                .isInstanceOf(ContactException.class)
                .hasMessage("“tongji.dongchuan.gov.cn”不是电子邮件地址（应形如 name@example.gov.cn）");
        assertThatThrownBy(() -> ContactAddresses.email("a@b")).isInstanceOf(ContactException.class);
        assertThatThrownBy(() -> ContactAddresses.email("张三 <a@b.cn>")).isInstanceOf(ContactException.class);
    }

    @Test
    void aWebhookMustBeHttpOrHttpsWithAHost() {
        assertThat(ContactAddresses.webhook("https://oapi.dingtalk.com/robot/send?access_token=x"))
                .hasHost("oapi.dingtalk.com");
        assertThatThrownBy(() -> ContactAddresses.webhook("ftp://oapi.dingtalk.com/robot"))
                .isInstanceOf(ContactException.class)
                .hasMessage("机器人地址“ftp://oapi.dingtalk.com/robot”必须以 http:// 或 https:// 开头");
        assertThatThrownBy(() -> ContactAddresses.webhook("oapi.dingtalk.com/robot"))
                .isInstanceOf(ContactException.class)
                .hasMessageContaining("必须以 http:// 或 https:// 开头");
        assertThatThrownBy(() -> ContactAddresses.webhook("https:///robot"))
                .isInstanceOf(ContactException.class)
                .hasMessageContaining("没有主机名");
    }

    @Test
    void theRobotIsToldByItsHost() {
        assertThat(ContactAddresses.robotOf(URI.create("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")))
                .isEqualTo(ContactChannel.WECOM);
        assertThat(ContactAddresses.robotOf(URI.create("https://oapi.dingtalk.com/robot/send?access_token=t")))
                .isEqualTo(ContactChannel.DINGTALK);
    }

    @Test
    void thePortalRefusesLoopbackAndLinkLocalHosts() {
        for (String url : new String[] {
            "http://127.0.0.1:8080/x",
            "http://localhost/x",
            "http://[::1]/x",
            "http://169.254.169.254/latest",
            "http://0.0.0.0/x",
            // the other spellings of this machine
            "http://127.1/x",
            "http://2130706433/x",
            "http://127.0.0.2/x",
            "http://[::ffff:127.0.0.1]/x",
            "http://[fe80::1]/x",
            "http://[::]/x"
        }) {
            assertThatThrownBy(() -> ContactAddresses.requirePublicHost(URI.create(url)))
                    .as(url)
                    .isInstanceOf(ContactException.class)
                    .hasMessageContaining("指向本机或链路本地地址");
        }
        // a literal public address needs no lookup and passes
        ContactAddresses.requirePublicHost(URI.create("https://203.0.113.10/robot/send"));
    }
}
