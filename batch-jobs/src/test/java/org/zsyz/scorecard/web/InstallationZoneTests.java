package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockMultipartFile;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * A server kept on UTC: the JVM's default zone is UTC, the application's own clock bean is used (only moved to
 * 00:30 on 6 October 2025, Beijing time, the day after the 2025-09 deadline). Receipt times and the late flag
 * follow the installation's zone (Asia/Shanghai), for a portal upload as for an inbox file.
 */
@Import(InstallationZoneTests.HalfPastMidnightInBeijing.class)
@PortalTest
abstract class InstallationZoneTests extends PortalTestBase {

    static final Instant HALF_PAST_MIDNIGHT_ON_THE_6TH = Instant.parse("2025-10-05T16:30:00Z");
    private static final TimeZone MACHINE = TimeZone.getDefault();

    /** Before the application context exists (it is created for the first test); for each concrete class. */
    @BeforeAll
    static void machineOnUtc() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    /**
     * The application's own clock stopped at half past midnight: its zone stays the one the application chose.
     * Stopped rather than offset, so a slow context start on a loaded machine does not move the receipt time.
     */
    @TestConfiguration
    static class HalfPastMidnightInBeijing {
        @Bean
        @Primary
        Clock halfPastMidnight(@Qualifier("clock") Clock clock) {
            return Clock.fixed(HALF_PAST_MIDNIGHT_ON_THE_6TH, clock.getZone());
        }
    }

    static final Path home = WorkingFolder.of(InstallationZoneTests.class);

    @AfterAll
    static void machineZoneBack() {
        TimeZone.setDefault(MACHINE);
    }

    @Autowired
    @Qualifier("clock")
    Clock applicationClock;

    @Test
    void theApplicationsClockIsInTheInstallationsZoneNotTheMachines() {
        assertThat(ZoneId.systemDefault().getRules().getOffset(HALF_PAST_MIDNIGHT_ON_THE_6TH))
                .isEqualTo(ZoneOffset.UTC);
        assertThat(applicationClock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void anUploadAtHalfPastMidnightOnTheSixthIsLateAndShownAtHalfPastMidnight() throws Exception {
        accounts.add("dongchuan", "county", PortalFixtures.OWN, PASSWORD.toCharArray());
        accounts.add("office", "bureau", null, PASSWORD.toCharArray());
        PortalUser county = new PortalUser(accountRows.findByUsername("dongchuan"), false);
        PortalUser bureau = new PortalUser(accountRows.findByUsername("office"), false);

        mvc.perform(multipart("/county/upload")
                .file(new MockMultipartFile("file", "419921.xlsx", null, PortalFixtures.good(home, PortalFixtures.OWN)))
                .param("period", "2025-09")
                .with(user(county))
                .with(csrf()));

        assertThat(jdbc.queryForObject(
                        "SELECT submitted_at FROM return_submission WHERE unit_code = ?",
                        LocalDateTime.class,
                        PortalFixtures.OWN))
                .isBetween(LocalDateTime.of(2025, 10, 6, 0, 30), LocalDateTime.of(2025, 10, 6, 0, 31));
        assertThat(jdbc.queryForObject(
                        "SELECT late FROM return_submission WHERE unit_code = ?", Boolean.class, PortalFixtures.OWN))
                .as("received on the 6th, deadline the 5th")
                .isTrue();
        String board = mvc.perform(get("/bureau").param("period", "2025-09").with(user(bureau)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(PortalControllerTests.rowOf(board, PortalFixtures.OWN)).contains("逾期", "2025-10-06 00:30");
    }

    @Test
    void anInboxFileWrittenAtHalfPastMidnightOnTheSixthIsLate() throws Exception {
        Path file = PortalFixtures.sampleReturn(home, PortalFixtures.OTHER);
        Files.setLastModifiedTime(file, FileTime.from(HALF_PAST_MIDNIGHT_ON_THE_6TH));

        operations.importReturns(SampleMonth.PERIOD, null);

        assertThat(jdbc.queryForObject(
                        "SELECT submitted_at FROM return_submission WHERE unit_code = ?",
                        LocalDateTime.class,
                        PortalFixtures.OTHER))
                .isEqualTo(LocalDateTime.of(2025, 10, 6, 0, 30));
        assertThat(jdbc.queryForObject(
                        "SELECT late FROM return_submission WHERE unit_code = ?", Boolean.class, PortalFixtures.OTHER))
                .isTrue();
    }
}
