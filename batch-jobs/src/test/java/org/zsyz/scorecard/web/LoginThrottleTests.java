package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The login throttle behind a reverse proxy on this host (127.0.0.1 and 10.0.0.0/8 trusted): an address is the
 * client's, read from X-Forwarded-For, so one client's failures do not lock out everyone behind the proxy; and a
 * user name without an account is locked as an account is, with the same answer. Each test uses its own addresses
 * (the address counts live as long as the application).
 */
@Import(PortalFixtures.ThirdOfOctober.class)
@PortalTest
@TestPropertySource(
        properties = {"scorecard.web.trusted-proxies=127.0.0.1, 10.0.0.0/8", "scorecard.web.address-max-attempts=6"})
abstract class LoginThrottleTests extends PortalTestBase {

    @BeforeEach
    void accounts() {
        accounts.add("dongchuan", "county", PortalFixtures.OWN, PASSWORD.toCharArray());
        accounts.add("heyang", "county", PortalFixtures.OTHER, PASSWORD.toCharArray());
        accounts.add("office", "bureau", null, PASSWORD.toCharArray());
    }

    ResultActions login(String username, String password, RequestPostProcessor via) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(via));
    }

    /** A request through the proxy: the socket's peer is the proxy, the client is in the header. */
    static RequestPostProcessor via(String proxy, String forwardedFor) {
        return request -> {
            request.setRemoteAddr(proxy);
            if (forwardedFor != null) {
                request.addHeader("X-Forwarded-For", forwardedFor);
            }
            return request;
        };
    }

    @Test
    void oneClientsFailuresBehindTheProxyDoNotLockOutTheOthers() throws Exception {
        for (int i = 0; i < 6; i++) {
            login("guess" + i, "wrong", via("127.0.0.1", "203.0.113.7")).andExpect(redirectedUrl("/login?error=bad"));
        }
        login("office", PASSWORD, via("127.0.0.1", "203.0.113.7")).andExpect(redirectedUrl("/login?error=address"));
        // another client through the same proxy, and the same client named by a second proxy hop
        login("office", PASSWORD, via("127.0.0.1", "198.51.100.9")).andExpect(redirectedUrl("/"));
        login("dongchuan", PASSWORD, via("10.1.2.3", "203.0.113.8, 10.9.9.9")).andExpect(redirectedUrl("/"));
    }

    @Test
    void whatTheClientWritesLeftOfWhatTheProxySawDoesNotHelpIt() throws Exception {
        for (int i = 0; i < 6; i++) {
            login("guess" + i, "wrong", via("127.0.0.1", "192.0.2." + i + ", 203.0.113.20"))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        login("office", PASSWORD, via("127.0.0.1", "192.0.2.99, 203.0.113.20"))
                .andExpect(redirectedUrl("/login?error=address"));
    }

    @Test
    void fromAPeerThatIsNotATrustedProxyTheHeaderIsIgnored() throws Exception {
        for (int i = 0; i < 6; i++) {
            login("guess" + i, "wrong", via("192.0.2.50", "198.18.0." + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        login("office", PASSWORD, via("192.0.2.50", "198.18.0.77")).andExpect(redirectedUrl("/login?error=address"));
    }

    @Test
    void anUnknownNameIsLockedAsAnAccountIsWithTheSameAnswer() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("heyang", "guess " + i, via("127.0.0.1", "203.0.113.30"))
                    .andExpect(redirectedUrl("/login?error=bad"));
            login("nobody", "guess " + i, via("127.0.0.1", "203.0.113.31"))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        login("heyang", PASSWORD, via("127.0.0.1", "203.0.113.32")).andExpect(redirectedUrl("/login?error=locked"));
        login("nobody", PASSWORD, via("127.0.0.1", "203.0.113.33")).andExpect(redirectedUrl("/login?error=locked"));
        String page = mvc.perform(get("/login").param("error", "locked"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("该用户名连续登录失败次数过多，已暂时锁定 15 分钟").doesNotContain("该账号");
    }

    @Test
    void aDisabledAccountFailsAndLocksAsAWrongPasswordDoes() throws Exception {
        accounts.setEnabled("dongchuan", false);
        for (int i = 0; i < 5; i++) {
            login("dongchuan", PASSWORD, via("127.0.0.1", "203.0.113.40")).andExpect(redirectedUrl("/login?error=bad"));
        }
        login("dongchuan", PASSWORD, via("127.0.0.1", "203.0.113.41")).andExpect(redirectedUrl("/login?error=locked"));
    }
}
