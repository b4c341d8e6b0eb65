package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.zsyz.scorecard.account.ClientAddress;
import org.zsyz.scorecard.account.PortalProperties;

class ClientAddressTests {

    static ClientAddress trusting(String... proxies) {
        return new ClientAddress(new PortalProperties(null, null, null, null, null, List.of(proxies)));
    }

    static MockHttpServletRequest from(String peer, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void withNoTrustedProxyTheSocketAddressCounts() {
        assertThat(trusting().of(from("127.0.0.1", "203.0.113.7"))).isEqualTo("127.0.0.1");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopCounts() {
        ClientAddress addresses = trusting("127.0.0.1", "10.0.0.0/8", "::1");
        assertThat(addresses.of(from("127.0.0.1", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(addresses.of(from("127.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.5")))
                .isEqualTo("203.0.113.7");
        assertThat(addresses.of(from("10.2.3.4", "6.6.6.6", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(addresses.of(from("::1", "2001:db8::1"))).isEqualTo("2001:db8::1");
        assertThat(addresses.of(from("127.0.0.1"))).as("no header").isEqualTo("127.0.0.1");
        assertThat(addresses.of(from("127.0.0.1", "10.0.0.1, 10.0.0.2")))
                .as("all trusted")
                .isEqualTo("10.0.0.1");
        assertThat(addresses.of(from("192.0.2.1", "203.0.113.7")))
                .as("peer not trusted")
                .isEqualTo("192.0.2.1");
    }

    @Test
    void aSettingThatIsNotAnAddressIsRefusedAtStart() {
        assertThatThrownBy(() -> trusting("proxy.example.org/8")).hasMessageContaining("scorecard.web.trusted-proxies");
    }
}
