package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A logged-in browser session on a running portal, over real HTTP (CSRF tokens taken from the pages). */
final class PortalSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private PortalSession(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    static PortalSession login(int port, String username, String password) throws Exception {
        PortalSession session = new PortalSession(port);
        HttpResponse<String> page =
                session.post("/login", "/login", Map.of("username", username, "password", password));
        assertThat(page.uri().getPath()).as("logged in: " + page.body()).doesNotStartWith("/login");
        return session;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form the page {@code formPage} shows, with that page's CSRF token. */
    HttpResponse<String> post(String formPage, String action, Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf(formPage));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + action))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(all)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a multipart form with one file. */
    HttpResponse<String> upload(String formPage, String action, Map<String, String> fields, String fileField, Path file)
            throws Exception {
        String boundary = "----scorecard" + UUID.randomUUID();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf(formPage));
        StringBuilder head = new StringBuilder();
        all.forEach((name, value) -> head.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        head.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(fileField)
                .append("\"; filename=\"")
                .append(file.getFileName())
                .append("\"\r\n")
                .append("Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n");
        byte[] body = concat(
                head.toString().getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(file),
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + action))
                        .timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String csrf(String formPage) throws Exception {
        String page = get(formPage).body();
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("CSRF token on " + formPage + ": " + page).isTrue();
        return m.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
