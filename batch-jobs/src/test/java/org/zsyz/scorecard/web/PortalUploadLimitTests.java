package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.zsyz.scorecard.store.testsupport.OnH2;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * An upload over the limit, through the real Tomcat (a mock request knows no limit): the county gets a page back
 * saying the limit in Chinese (status 413), nothing is stored. The limit is set to 1 MB here to keep the test small.
 */
@OnH2
@PortalTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"server.address=127.0.0.1", "scorecard.web.upload-limit=1MB"})
class PortalUploadLimitTests extends PortalTestBase {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static final Path home = WorkingFolder.of(PortalUploadLimitTests.class);

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithAPageThatSaysSo() throws Exception {
        accounts.add("dongchuan", "county", PortalFixtures.OWN, PASSWORD.toCharArray());

        String form = "username=dongchuan&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + csrfOf(get("/login").body());
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        String token = csrfOf(get("/county").body());

        byte[] big = new byte[3 * 1024 * 1024];
        new Random(1).nextBytes(big);
        String boundary = "----portal-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"period\"\r\n\r\n2025-09\r\n--" + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                                + "Content-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(big);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> upload = http.send(
                HttpRequest.newBuilder(uri("/county/upload?_csrf=" + token))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        // Tomcat refuses the body while the security filter reads the form: 413 with the portal's page
        assertThat(upload.statusCode()).isEqualTo(413);
        assertThat(upload.body()).contains("文件太大：网上报送的文件最大 <span>1MB</span>", "返回");
        assertThat(Files.exists(home.resolve("uploads"))).isFalse();
    }
}
