package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zsyz.scorecard.account.AccountService;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.account.PortalAccountMapper;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * 通知 on the portal: the bureau sets a unit's e-mail and robot with the command line's checks, may not point a robot
 * at this machine, removes a contact, and a county account cannot open the page.
 */
@Import(PortalFixtures.ThirdOfOctober.class)
@PortalTest
abstract class BureauMessagesTests {

    static final Path home = WorkingFolder.of(BureauMessagesTests.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ScorecardOperations operations;

    @Autowired
    AccountService accounts;

    @Autowired
    PortalAccountMapper accountRows;

    PortalUser bureau;
    PortalUser county;

    @BeforeEach
    void sampleCity() throws Exception {
        PortalFixtures.freshSampleCity(dataSource, operations, home);
        accounts.add("office", "bureau", null, "correct horse battery".toCharArray());
        accounts.add("dongchuan", "county", PortalFixtures.OWN, "correct horse battery".toCharArray());
        bureau = new PortalUser(accountRows.findByUsername("office"), false);
        county = new PortalUser(accountRows.findByUsername("dongchuan"), false);
    }

    String flash(String key, String... params) throws Exception {
        var request = post("/bureau/messages/contacts").with(user(bureau)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return (String) mvc.perform(request)
                .andExpect(redirectedUrl("/bureau/messages"))
                .andReturn()
                .getFlashMap()
                .get(key);
    }

    String page() throws Exception {
        return mvc.perform(get("/bureau/messages").with(user(bureau)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theBureauSetsContactsWithTheChecksAndNoRobotOnThisMachine() throws Exception {
        assertThat(flash("problem", "owner", PortalFixtures.OWN, "webhook", "http://127.0.0.1:8080/actuator"))
                .startsWith("未保存：机器人地址“http://127.0.0.1:8080/actuator”指向本机或链路本地地址（127.0.0.1）");
        assertThat(flash("problem", "owner", PortalFixtures.OWN, "webhook", "http://169.254.169.254/latest/meta-data"))
                .contains("指向本机或链路本地地址");
        assertThat(flash("problem", "owner", PortalFixtures.OWN, "email", "not-an-address"))
                .isEqualTo("未保存：“not-an-address”不是电子邮件地址（应形如 name@example.gov.cn）");
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM unit_contact", Integer.class))
                .isZero();

        assertThat(flash("notice", "owner", PortalFixtures.OWN, "email", "tongji@dongchuan.example.gov.cn"))
                .isEqualTo("已保存 单位 419921 的联系人");
        assertThat(flash("notice", "owner", "@it", "email", "it@shangwu.example.gov.cn"))
                .isEqualTo("已保存 商务局信息化 的联系人");
        assertThat(page())
                .contains("419921 东川县")
                .contains("tongji@dongchuan.example.gov.cn")
                .contains("商务局信息化")
                .contains("消息记录");

        mvc.perform(post("/bureau/messages/contacts/remove")
                        .param("owner", PortalFixtures.OWN)
                        .param("address", "tongji@dongchuan.example.gov.cn")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(redirectedUrl("/bureau/messages"));
        assertThat(page()).doesNotContain("tongji@dongchuan.example.gov.cn");

        mvc.perform(get("/bureau/messages").with(user(county))).andExpect(status().isForbidden());
    }
}
