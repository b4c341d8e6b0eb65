package org.zsyz.scorecard.notify;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.store.message.OutboundMessage;

/**
 * Posts a message to a 钉钉 / 政务钉钉 or 企业微信 robot with timeouts, signing it when the robot has a secret. The
 * robots answer HTTP 200 with {@code errcode} 0 when they took it; anything else is a failure with the reason.
 */
@Component
public class RobotSender {

    private static final Pattern ERRCODE = Pattern.compile("\"errcode\"\\s*:\\s*(-?\\d+)");
    private static final Pattern ERRMSG = Pattern.compile("\"errmsg\"\\s*:\\s*\"([^\"]*)\"");

    private final HttpClient client;
    private final MessageProperties settings;
    private final Clock clock;

    public RobotSender(MessageProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public void send(OutboundMessage message) throws SendFailure {
        String url = message.secret() == null
                ? message.recipient()
                : DingTalkSignature.signedUrl(message.recipient(), message.secret(), clock.millis());
        String text = RobotText.fit(message.subject() + "\n" + message.body(), message.channel());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(RobotText.json(text), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new SendFailure("连接机器人地址超时（" + settings.connectTimeout().toSeconds() + " 秒）", e);
        } catch (HttpTimeoutException e) {
            throw new SendFailure("机器人地址 " + settings.requestTimeout().toSeconds() + " 秒内没有应答", e);
        } catch (ConnectException e) {
            throw new SendFailure("连接不上机器人地址（拒绝连接）", e);
        } catch (IOException e) {
            throw new SendFailure("发送到机器人地址失败：" + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailure("发送被中断", e);
        }
        String body = response.body() == null ? "" : response.body();
        if (response.statusCode() / 100 != 2) {
            throw new SendFailure("机器人地址应答 HTTP " + response.statusCode() + excerpt(body));
        }
        Matcher code = ERRCODE.matcher(body);
        if (code.find() && !code.group(1).equals("0")) {
            Matcher reason = ERRMSG.matcher(body);
            throw new SendFailure("机器人拒收：errcode " + code.group(1) + (reason.find() ? "，" + reason.group(1) : ""));
        }
    }

    private static String excerpt(String body) {
        String one = body.strip().replaceAll("\\s+", " ");
        return one.isEmpty() ? "" : "：" + (one.length() > 200 ? one.substring(0, 200) + "…" : one);
    }
}
