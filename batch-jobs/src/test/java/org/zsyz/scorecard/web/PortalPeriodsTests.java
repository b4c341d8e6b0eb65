package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * What {@link PortalAdvice} answers for every portal page (the clock on 3 October 2025, current period 2025-09):
 * the signed-in user in the header, and a period that is not a year-month.
 */
@Import(PortalFixtures.ThirdOfOctober.class)
@PortalTest
abstract class PortalPeriodsTests extends PortalTestBase {

    static final Path home = WorkingFolder.of(PortalPeriodsTests.class);

    PortalUser county;
    PortalUser bureau;

    @BeforeEach
    void accountsOfTheCountyAndTheBureau() {
        county = account("dongchuan", "county", PortalFixtures.OWN);
        bureau = account("office", "bureau", null);
    }

    @Test
    void everyPortalPageShowsTheSignedInAccount() throws Exception {
        for (String page : new String[] {
            "/bureau",
            "/bureau/targets",
            "/bureau/runs",
            "/bureau/ranking",
            "/bureau/publications",
            "/bureau/accounts",
            "/bureau/upload",
            "/account/password"
        }) {
            assertThat(CountyPortalTests.text(ok(get(page).with(user(bureau))), "current-user"))
                    .as(page)
                    .isEqualTo("office");
        }
        for (String page : new String[] {"/county", "/account/password"}) {
            assertThat(CountyPortalTests.text(ok(get(page).with(user(county))), "current-user"))
                    .as(page)
                    .isEqualTo("dongchuan");
        }
    }

    @Test
    void theCountyPageSaysAPeriodIsMalformedAndShowsTheCurrentOne() throws Exception {
        String page = ok(get("/county").param("period", "abc").with(user(county)));
        assertThat(CountyPortalTests.text(page, "problem"))
                .isEqualTo("报告期“abc”格式不对，应写成如 2025-09 的年-月。下面显示的是当前报告期 2025-09。");
        assertThat(page).contains("<option value=\"2025-09\" selected=\"selected\">");
        assertThat(CountyPortalTests.text(page, "current-user")).isEqualTo("dongchuan");
    }

    @Test
    void anUploadForAMalformedPeriodIsNotStored() throws Exception {
        String page = ok(multipart("/county/upload")
                .file(new MockMultipartFile("file", "419921.xlsx", null, PortalFixtures.good(home, PortalFixtures.OWN)))
                .param("period", "2025-9x")
                .with(user(county))
                .with(csrf()));
        assertThat(CountyPortalTests.text(page, "verdict-problem"))
                .isEqualTo("这份文件没有报送。报告期“2025-9x”格式不对，" + "应写成如 2025-09 的年-月。下面显示的是当前报告期 2025-09。");
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM return_submission", Integer.class))
                .isZero();
    }

    @Test
    void aTemplateOfAMalformedPeriodLeadsBackToTheCountyPage() throws Exception {
        MvcResult result = mvc.perform(
                        get("/county/template").param("period", "abc").with(user(county)))
                .andExpect(redirectedUrl("/county?period=2025-09"))
                .andReturn();
        assertThat(result.getFlashMap().get("problem"))
                .isEqualTo("没有生成模板。报告期“abc”格式不对，应写成如 2025-09 的年-月。下面显示的是当前报告期 2025-09。");
    }

    @Test
    void aBureauPageWithAMalformedPeriodShowsItsDefaultPeriodAndSaysWhy() throws Exception {
        MvcResult board = mvc.perform(get("/bureau").param("period", "2025-13").with(user(bureau)))
                .andExpect(redirectedUrl("/bureau"))
                .andReturn();
        assertThat(board.getFlashMap().get("problem")).isEqualTo("报告期“2025-13”格式不对，应写成如 2025-09 的年-月。");
        mvc.perform(get("/bureau/ranking").param("period", "x").with(user(bureau)))
                .andExpect(redirectedUrl("/bureau/ranking"));
        mvc.perform(get("/bureau/upload?period=x&unit=" + PortalFixtures.OWN).with(user(bureau)))
                .andExpect(redirectedUrl("/bureau/upload?unit=" + PortalFixtures.OWN));
        MvcResult run = mvc.perform(post("/bureau/runs")
                        .param("period", "x")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(redirectedUrl("/bureau/runs"))
                .andReturn();
        assertThat(run.getFlashMap().get("problem")).isEqualTo("请选择月份");
    }

    @Test
    void aDownloadOfAMalformedPeriodDoesNotExist() throws Exception {
        mvc.perform(get("/county/scorecards/abc").with(user(county))).andExpect(status().isNotFound());
        mvc.perform(get("/bureau/publications/file")
                        .param("period", "abc")
                        .param("name", "x.pdf")
                        .with(user(bureau)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/bureau/publications/file")
                        .param("period", "")
                        .param("name", "x.pdf")
                        .with(user(bureau)))
                .andExpect(status().isNotFound());
    }

    String ok(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
