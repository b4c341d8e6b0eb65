package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zsyz.scorecard.account.AccountService;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.audit.AuditTrail;
import org.zsyz.scorecard.audit.AuditVerdict;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.domain.AuditAction;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.account.PortalAccountMapper;
import org.zsyz.scorecard.store.audit.AuditRecord;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The audit trail through the portal: a targets load, account changes, logins (good and bad, with the client's
 * address), a county's upload and the bureau's 退回 are recorded with who, when, from where and what; the chain
 * verifies, and an edited, a deleted middle or a deleted last record breaks it where it was. The page is the
 * bureau's only.
 */
@Import(PortalFixtures.ThirdOfOctober.class)
@PortalTest
abstract class AuditTrailTests {

    static final String PASSWORD = "correct horse battery";

    static final Path home = WorkingFolder.of(AuditTrailTests.class);

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

    @Autowired
    AuditTrail audit;

    JdbcTemplate jdbc;
    PortalUser county;
    PortalUser bureau;

    @BeforeEach
    void sampleCity() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        PortalFixtures.freshSampleCity(dataSource, operations, home);
        county = new PortalUser(accounts.add("dongchuan", "county", PortalFixtures.OWN, PASSWORD.toCharArray()), false);
        accounts.add("heyang", "county", PortalFixtures.OTHER, PASSWORD.toCharArray());
        bureau = new PortalUser(accounts.add("office", "bureau", null, PASSWORD.toCharArray()), false);
    }

    List<AuditRecord> all() {
        return audit.records(null, null, 1000);
    }

    @Test
    void everyActionIsRecordedWithWhoWhenWhereAndWhat() throws Exception {
        mvc.perform(post("/login")
                        .param("username", "dongchuan")
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("192.0.2.7");
                            return r;
                        }))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login")
                        .param("username", "heyang")
                        .param("password", "wrong password!")
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("192.0.2.8");
                            return r;
                        }))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(multipart("/county/upload")
                        .file(new MockMultipartFile(
                                "file", "东川县9月.xlsx", "application/octet-stream", PortalFixtures.good(home, "419921")))
                        .param("period", "2025-09")
                        .with(user(county))
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("192.0.2.7");
                            return r;
                        }))
                .andExpect(status().isOk());
        long accepted = jdbc.queryForObject(
                "SELECT MAX(id) FROM return_submission WHERE unit_code = ?", Long.class, PortalFixtures.OWN);
        mvc.perform(post("/bureau/submissions/" + accepted + "/send-back")
                        .param("reason", "项目台账漏报3个已签约项目")
                        .with(user(bureau))
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("198.51.100.1");
                            return r;
                        }))
                .andExpect(redirectedUrl("/bureau?period=2025-09"));

        List<AuditRecord> records = all();
        assertThat(records)
                .extracting(AuditRecord::action)
                .containsExactly(
                        AuditAction.TARGETS_IMPORT,
                        AuditAction.ACCOUNT_ADD,
                        AuditAction.ACCOUNT_ADD,
                        AuditAction.ACCOUNT_ADD,
                        AuditAction.LOGIN,
                        AuditAction.LOGIN_FAILED,
                        AuditAction.RETURN_UPLOAD,
                        AuditAction.SEND_BACK);
        assertThat(records).extracting(AuditRecord::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        AuditRecord targets = records.get(0);
        assertThat(targets.actorRole()).isEqualTo("SYSTEM");
        assertThat(targets.period()).isNull();
        assertThat(targets.detail()).startsWith("执行 #").contains("COMPLETED");
        AuditRecord login = records.get(4);
        assertThat(login.actor()).isEqualTo("dongchuan");
        assertThat(login.actorRole()).isEqualTo("COUNTY");
        assertThat(login.origin()).isEqualTo("192.0.2.7");
        assertThat(login.unitCode()).isEqualTo(PortalFixtures.OWN);
        AuditRecord failed = records.get(5);
        assertThat(failed.actor()).isEqualTo("heyang");
        assertThat(failed.origin()).isEqualTo("192.0.2.8");
        assertThat(failed.detail()).isEqualTo("密码错误或账号已停用");
        AuditRecord upload = records.get(6);
        assertThat(upload.actor()).isEqualTo("dongchuan");
        assertThat(upload.origin()).isEqualTo("192.0.2.7");
        assertThat(upload.period()).isEqualTo("2025-09");
        assertThat(upload.unitCode()).isEqualTo(PortalFixtures.OWN);
        assertThat(upload.subject()).startsWith("东川县9月.xlsx（SHA-256 ");
        assertThat(upload.detail()).startsWith("第 1 版，已接收，");
        AuditRecord sendBack = records.get(7);
        assertThat(sendBack.actor()).isEqualTo("office");
        assertThat(sendBack.actorRole()).isEqualTo("BUREAU");
        assertThat(sendBack.origin()).isEqualTo("198.51.100.1");
        assertThat(sendBack.detail()).isEqualTo("退回原因：项目台账漏报3个已签约项目");
        assertThat(sendBack.prevHash()).isEqualTo(upload.recordHash());

        assertThat(audit.records(SampleMonth.PERIOD, PortalFixtures.OWN, 100))
                .extracting(AuditRecord::action)
                .containsExactly(AuditAction.RETURN_UPLOAD, AuditAction.SEND_BACK);
        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.verify().records()).isEqualTo(8);

        String page = new String(
                mvc.perform(get("/bureau/audit")
                                .param("period", "2025-09")
                                .param("unit", PortalFixtures.OWN)
                                .with(user(bureau)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(page)
                .contains("记录链完整：共 8 条")
                .contains("退回原因：项目台账漏报3个已签约项目")
                .contains("198.51.100.1")
                .doesNotContain("新建账号");
    }

    @Test
    void anEditedRecordBreaksTheChainWhereItWas() {
        int before = all().size();
        jdbc.update("UPDATE audit_event SET detail = '商务局账号（改过）' WHERE id = 4");
        AuditVerdict verdict = audit.verify();
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.brokenAt()).isEqualTo(4L);
        assertThat(verdict.reason()).isEqualTo("第 4 条记录的内容与其散列不符（记录被改动过）");
        assertThat(before).isEqualTo(4);
    }

    @Test
    void aDeletedRecordBreaksTheChainInTheMiddleAndAtTheEnd() throws Exception {
        jdbc.update("DELETE FROM audit_event WHERE id = 2");
        AuditVerdict middle = audit.verify();
        assertThat(middle.brokenAt()).isEqualTo(3L);
        assertThat(middle.reason()).isEqualTo("记录编号不连续：第 1 条之后是第 3 条（中间的记录被删除）");

        PortalFixtures.freshSampleCity(dataSource, operations, home);
        accounts.add("office", "bureau", null, PASSWORD.toCharArray());
        assertThat(audit.verify().intact()).isTrue();
        jdbc.update("DELETE FROM audit_event WHERE id = 2");
        AuditVerdict last = audit.verify();
        assertThat(last.brokenAt()).isEqualTo(1L);
        assertThat(last.reason()).isEqualTo("链头指向第 2 条记录，而现存最后一条是第 1 条（末尾的记录被删除或改动）");

        String page = new String(
                mvc.perform(get("/bureau/audit").with(user(bureau)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(page).contains("记录链断裂：链头指向第 2 条记录");
    }

    @Test
    void aRefusedActionLeavesNoRecordAndACountyReachesNoAuditPage() throws Exception {
        int before = all().size();
        assertThat(accounts.list()).hasSize(3);
        assertThatThrownBy(() -> accounts.add("dongchuan", "county", PortalFixtures.OWN, PASSWORD.toCharArray()))
                .isInstanceOf(AccountService.AccountException.class)
                .hasMessage("用户名 dongchuan 已存在");
        assertThat(all()).hasSize(before);

        mvc.perform(get("/bureau/audit").with(user(county))).andExpect(status().isForbidden());
        mvc.perform(get("/bureau/audit").param("unit", PortalFixtures.OTHER).with(user(county)))
                .andExpect(status().isForbidden());
    }
}
