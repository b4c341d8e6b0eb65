package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The county's side of the portal: the status banner, the turn of the year, periods outside the window, a return
 * after the month was published, the unit's score history, its own password, names of files. The clock starts on
 * 3 October 2025 (current period 2025-09, deadline 5 October) and is moved by the tests that need another day.
 */
@Import(CountyPortalTests.Clocks.class)
@PortalTest
abstract class CountyPortalTests extends PortalTestBase {

    static final Instant THIRD_OF_OCTOBER = Instant.parse("2025-10-03T02:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(THIRD_OF_OCTOBER, ZoneId.of("Asia/Shanghai"));
        }
    }

    static final Path home = WorkingFolder.of(CountyPortalTests.class);

    @Autowired
    PortalReturns returns;

    @Autowired
    SettableClock clock;

    PortalUser county;

    @Override
    void beforeSampleCity() {
        clock.set(THIRD_OF_OCTOBER);
    }

    @BeforeEach
    void accountOfTheCounty() {
        county = account("dongchuan", "county", PortalFixtures.OWN);
    }

    String page(String path) throws Exception {
        return body(mvc.perform(get(path).with(user(county)))
                .andExpect(status().isOk())
                .andReturn());
    }

    String upload(String period, byte[] content, String name) throws Exception {
        return body(mvc.perform(multipart("/county/upload")
                        .file(new MockMultipartFile(
                                "file",
                                name,
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                content))
                        .param("period", period)
                        .with(user(county))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The text of the element with this id (tags dropped, blanks folded), {@code null} if there is none. */
    static String text(String page, String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(page);
        return m.find()
                ? m.group(2).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip()
                : null;
    }

    int versions() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM return_submission WHERE unit_code = ?", Integer.class, PortalFixtures.OWN);
    }

    long latestId() {
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM return_submission WHERE unit_code = ?", Long.class, PortalFixtures.OWN);
    }

    // ---- the banner ----------------------------------------------------------------------------------------------

    @Test
    void theBannerShowsTheDeadlineAndWhichVersionCounts() throws Exception {
        String before = page("/county");
        assertThat(text(before, "banner-deadline")).isEqualTo("报告期 2025-09 的报送截止日期：2025-10-05（还有 2 天）。");
        assertThat(text(before, "banner-counting")).isEqualTo("本期还没有已接收的月报表，评估时按未报送计。");
        assertThat(text(before, "banner-published")).isNull();

        upload("2025-09", PortalFixtures.withWordsForAmount(home, PortalFixtures.OWN), "坏的.xlsx");
        assertThat(text(page("/county"), "banner-counting"))
                .isEqualTo("本期还没有已接收的月报表，评估时按未报送计。最近的第 1 版未通过校验，请按错误清单修改后重新上传。");

        upload("2025-09", PortalFixtures.good(home, PortalFixtures.OWN), "419921.xlsx");
        assertThat(text(page("/county"), "banner-counting"))
                .isEqualTo("有效版本：第 2 版 419921.xlsx（2025-10-03 10:00 网上报送，已接收）。评估按这一版计；再报送新的一版将取代它。");

        clock.set(Instant.parse("2025-10-05T15:00:00Z")); // 23:00 on the 5th in Beijing: still the deadline day
        assertThat(text(page("/county"), "banner-deadline")).endsWith("（今天截止）。");
        clock.set(Instant.parse("2025-10-05T16:30:00Z")); // 00:30 on the 6th
        assertThat(text(page("/county"), "banner-deadline"))
                .isEqualTo("报告期 2025-09 的报送截止日期：2025-10-05，已过截止日期：现在报送的记为逾期报送。");
    }

    @Test
    void aReturnSentBackShowsInTheBannerWithTheBureausReason() throws Exception {
        upload("2025-09", PortalFixtures.good(home, PortalFixtures.OWN), "419921.xlsx");
        assertThat(returns.sendBack(latestId(), "项目台账漏报3个已签约项目", "office")).isNull();

        String page = page("/county");

        assertThat(text(page, "banner-returned"))
                .isEqualTo("已退回：第 1 版已被市商务局退回（2025-10-03 10:00），原因：" + "项目台账漏报3个已签约项目。请修改后重新报送；重新报送之前，本期按未报送计。");
        assertThat(text(page, "banner-counting")).isNull();
    }

    // ---- the turn of the year and the window of periods ----------------------------------------------------------

    @Test
    void withoutTheNewYearsTargetsThePageSaysWhatIsWrongAndWhatToDo() throws Exception {
        clock.set(Instant.parse("2026-02-10T02:00:00Z")); // current period 2026-01; only 2025 has targets
        String expected = "2026年的考核目标尚未导入，暂不能报送或下载 2026-01 的月报表。请等待市商务局导入2026年目标任务书后再报送。";

        String page = page("/county");
        assertThat(text(page, "banner-targets")).isEqualTo(expected);
        assertThat(text(page, "closed")).isEqualTo(expected);
        assertThat(text(page, "banner-deadline"))
                .as("past the deadline, but nothing can be sent until the targets are there")
                .isEqualTo("报告期 2026-01 的报送截止日期：2026-02-05，已过截止日期：目标任务书导入后报送的记为逾期报送。");
        assertThat(page).contains("<span>东川县</span>（<span>419921</span>）").doesNotContain("id=\"template\"");

        mvc.perform(get("/county/template").param("period", "2026-01").with(user(county)))
                .andExpect(redirectedUrl("/county?period=2026-01"))
                .andExpect(flash().attribute("problem", "没有生成模板。" + expected));
        assertThat(upload("2026-01", PortalFixtures.good(home, PortalFixtures.OWN), "419921.xlsx"))
                .contains("未报送：" + expected)
                .doesNotContain("收件箱");
        assertThat(versions()).isZero();
        assertThat(home.resolve("uploads")).doesNotExist();

        // December of the old year still works in January and February
        mvc.perform(get("/county/template").param("period", "2025-12").with(user(county)))
                .andExpect(status().isOk());
        assertThat(text(page("/county?period=2025-12"), "banner-targets")).isNull();
    }

    @Test
    void aUnitLeftOutOfTheYearsTargetsIsToldToAskTheBureau() throws Exception {
        jdbc.update("DELETE FROM annual_target WHERE unit_code = ?", PortalFixtures.OWN);
        jdbc.update("DELETE FROM assessed_unit WHERE unit_code = ?", PortalFixtures.OWN);

        String page = page("/county");

        assertThat(text(page, "banner-targets"))
                .isEqualTo("本单位（419921）不在2025年的考核单位名单中，暂不能报送或下载 2025-09 " + "的月报表。如有疑问请联系市商务局。");
        assertThat(upload("2025-09", PortalFixtures.good(home, PortalFixtures.OWN), "419921.xlsx"))
                .contains("未报送：本单位（419921）不在2025年的考核单位名单中");
        assertThat(versions()).isZero();
    }

    @Test
    void aPeriodOutsideTheWindowIsNeverSilentlyReplaced() throws Exception {
        String old = page("/county?period=2024-09");
        assertThat(text(old, "problem"))
                .isEqualTo(
                        "不能选择报告期 2024-09：2024-09 已超出可报送的范围（2024-10 至 2025-09），" + "更早的月份请联系市商务局。下面显示的是当前报告期 2025-09。");
        assertThat(old).contains("<option value=\"2025-09\" selected=\"selected\">");
        assertThat(text(page("/county?period=2025-10"), "problem"))
                .startsWith("不能选择报告期 2025-10：2025-10 的月报表要到 2025-11-01 起才能报送。");
        assertThat(text(page("/county?period=abc"), "problem")).startsWith("报告期“abc”格式不对");

        String refused = upload("2024-09", PortalFixtures.good(home, PortalFixtures.OWN), "419921.xlsx");
        assertThat(text(refused, "verdict-problem")).startsWith("这份文件没有报送。不能选择报告期 2024-09");
        assertThat(versions()).as("nothing imported into 2025-09 in its place").isZero();
        mvc.perform(get("/county/template").param("period", "2024-09").with(user(county)))
                .andExpect(redirectedUrl("/county?period=2025-09"));
    }

    @Test
    void aCoverOfAnotherPeriodIsExplainedInThePortalsTermsNotTheInboxs() throws Exception {
        String page = upload("2025-08", PortalFixtures.good(home, PortalFixtures.OWN), "419921.xlsx");

        assertThat(page)
                .contains("报告期为 2025-09，与本次报送期 2025-08 不一致，应为 2025-08（网上报送时选择的报告期是 2025-08；"
                        + "如果这是 2025-09 的月报表，请选择报告期 2025-09 后重新上传）")
                .doesNotContain("收件箱");
    }

    // ---- after publication ---------------------------------------------------------------------------------------

    /** A published assessment of 2025-09 in which the unit was 未报送, as a monthly run leaves it. */
    void publishedWithTheUnitMissing() {
        jdbc.update(
                "INSERT INTO assessment_run (period, computed_at, config_name, config_sha256) VALUES "
                        + "('2025-09', ?, 'rules.yml', ?)",
                LocalDateTime.of(2025, 10, 6, 2, 0, 5),
                "a".repeat(64));
        standing("2025-09", null, "MISSING", "62.40", "合格", 8);
        jdbc.update(
                "INSERT INTO publication (period, revision, published_at, folder, manifest_sha256, file_count) "
                        + "VALUES ('2025-09', 0, ?, 'out/2025-09', ?, 15)",
                LocalDateTime.of(2025, 10, 6, 2, 3),
                "b".repeat(64));
    }

    void standing(String period, Long submissionId, String reportStatus, String total, String grade, int rank) {
        jdbc.update(
                "INSERT INTO unit_score (period, unit_code, unit_name, group_name, ranked, submission_id, "
                        + "report_status, base_score, bonus, deduction, total_score, grade, group_rank, group_size, "
                        + "previous_rank, rank_change, first_streak, list_mark) VALUES (?, ?, '东川县', '县市区', TRUE, ?, ?, "
                        + "?, 0, 0, ?, ?, ?, 9, NULL, '-', 0, NULL)",
                period,
                PortalFixtures.OWN,
                submissionId,
                reportStatus,
                new java.math.BigDecimal(total),
                new java.math.BigDecimal(total),
                grade,
                rank);
    }

    @Test
    void aReturnAfterPublicationIsToldItWaitsForARevision() throws Exception {
        publishedWithTheUnitMissing();
        clock.set(Instant.parse("2025-10-08T01:00:00Z"));

        String page = upload("2025-09", PortalFixtures.good(home, PortalFixtures.OWN), "419921.xlsx");

        assertThat(text(page, "verdict-accepted")).contains("第 1 版", "（逾期报送）");
        assertThat(text(page, "verdict-late-note"))
                .isEqualTo("注意：2025-09 的成绩单已于 2025-10-06 02:03 发布，"
                        + "发布的成绩单中本单位为“未报送”，得分 62.40，县市区第 8 名（共 9 个），等级 合格。第 1 版已接收，"
                        + "但不会改变已发布的成绩单：市商务局重新运行 2025-09 并发布更正版后，才按这一版计。");
        assertThat(text(page, "banner-published"))
                .isEqualTo("2025-09 的成绩单已于 2025-10-06 02:03 发布，"
                        + "发布的成绩单中本单位为“未报送”，得分 62.40，县市区第 8 名（共 9 个），等级 合格。"
                        + "本单位在发布后报送的第 1 版未计入已发布的成绩单：市商务局重新运行该月并发布更正版后才计入。");
    }

    // ---- score history -------------------------------------------------------------------------------------------

    @Test
    void theUnitSeesItsPublishedScoresAndRanksMonthByMonth() throws Exception {
        for (String[] m : new String[][] {{"2025-07", "81.25", "良好", "4"}, {"2025-08", "90.50", "优秀", "2"}}) {
            jdbc.update(
                    "INSERT INTO assessment_run (period, computed_at, config_name, config_sha256) VALUES "
                            + "(?, ?, 'rules.yml', ?)",
                    m[0],
                    LocalDateTime.parse(m[0] + "-28T02:00:00").plusMonths(1),
                    "a".repeat(64));
            standing(m[0], null, "REPORTED", m[1], m[2], Integer.parseInt(m[3]));
            jdbc.update(
                    "INSERT INTO publication (period, revision, published_at, folder, manifest_sha256, "
                            + "file_count) VALUES (?, 0, ?, 'out', ?, 15)",
                    m[0],
                    LocalDateTime.parse(m[0] + "-28T03:00:00").plusMonths(1),
                    "b".repeat(64));
        }
        // assessed but not published: not shown
        jdbc.update(
                "INSERT INTO assessment_run (period, computed_at, config_name, config_sha256) VALUES "
                        + "('2025-09', ?, 'rules.yml', ?)",
                LocalDateTime.of(2025, 10, 6, 2, 0),
                "a".repeat(64));
        standing("2025-09", null, "REPORTED", "99.99", "优秀", 1);

        String page = page("/county");

        assertThat(text(page, "standing-2025-08")).isEqualTo("2025-08 已报送 90.50 县市区 2 / 9 - 优秀");
        assertThat(text(page, "standing-2025-07")).isEqualTo("2025-07 已报送 81.25 县市区 4 / 9 - 良好");
        assertThat(page).doesNotContain("standing-2025-09").doesNotContain("99.99");
        assertThat(page).contains("<svg id=\"trend\"", "points=\"40.0,140.0 560.0,20.0\"", "2025-08：90.50 分，第 2 名");
    }

    // ---- the detail page, file names -----------------------------------------------------------------------------

    @Test
    void invisibleCharactersAreTakenOutOfFileNamesAndTheDetailPageNamesTheUnit() throws Exception {
        String page = upload(
                "2025-09", PortalFixtures.good(home, PortalFixtures.OWN), "东川县\u202Exslx.exe\u200B\u2066月报\u0007.xlsx");

        assertThat(jdbc.queryForObject(
                        "SELECT file_name FROM return_submission WHERE unit_code = ?",
                        String.class,
                        PortalFixtures.OWN))
                .isEqualTo("东川县xslx.exe月报.xlsx");
        assertThat(page).doesNotContain("\u202E").doesNotContain("\u2066");
        assertThat(text(page("/county/submissions/" + latestId()), "unit")).isEqualTo("东川县（419921）");
    }

    // ---- the account's own password ------------------------------------------------------------------------------

    String changePassword(String current, String password, String repeated) throws Exception {
        return body(mvc.perform(post("/account/password")
                        .param("current", current)
                        .param("password", password)
                        .param("repeated", repeated)
                        .with(user(county))
                        .with(csrf()))
                .andReturn());
    }

    @Test
    void aUserChangesTheirOwnPasswordUnderTheSameRulesAsTheCommandLine() throws Exception {
        assertThat(page("/account/password")).contains("当前密码", "再输入一次新密码", "至少 <span>10</span> 个字符");
        String hash = accountRows.findByUsername("dongchuan").passwordHash();

        assertThat(text(changePassword("wrong password", "a new long password", "a new long password"), "problem"))
                .isEqualTo("当前密码不正确，密码没有修改");
        assertThat(text(changePassword(PASSWORD, "a new long password", "a new long passwore"), "problem"))
                .isEqualTo("两次输入的新密码不一致，密码没有修改");
        assertThat(text(changePassword(PASSWORD, "short", "short"), "problem")).isEqualTo("密码至少 10 个字符");
        assertThat(text(changePassword(PASSWORD, PASSWORD, PASSWORD), "problem"))
                .isEqualTo("新密码与当前密码相同，密码没有修改");
        assertThat(accountRows.findByUsername("dongchuan").passwordHash()).isEqualTo(hash);

        mvc.perform(post("/account/password")
                        .param("current", PASSWORD)
                        .param("password", "a new long password")
                        .param("repeated", "a new long password")
                        .with(user(county))
                        .with(csrf()))
                .andExpect(redirectedUrl("/county"))
                .andExpect(flash().attribute("notice", "密码已修改，下次登录请使用新密码。"));

        mvc.perform(formLogin("/login").user("dongchuan").password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(formLogin("/login").user("dongchuan").password("a new long password"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/account/password").param("current", "x").with(user(county)))
                .andExpect(status().isForbidden()); // no CSRF token
    }

    @Test
    void fiveWrongCurrentPasswordsStopTheFormForTheSession() throws Exception {
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/account/password")
                    .session(session)
                    .param("current", "guess " + i)
                    .param("password", "a new long password")
                    .param("repeated", "a new long password")
                    .with(user(county))
                    .with(csrf()));
        }
        String page = body(mvc.perform(post("/account/password")
                        .session(session)
                        .param("current", PASSWORD)
                        .param("password", "a new long password")
                        .param("repeated", "a new long password")
                        .with(user(county))
                        .with(csrf()))
                .andReturn());

        assertThat(text(page, "problem")).startsWith("当前密码已连续输错 5 次");
        mvc.perform(formLogin("/login").user("dongchuan").password(PASSWORD)).andExpect(redirectedUrl("/"));
    }
}
