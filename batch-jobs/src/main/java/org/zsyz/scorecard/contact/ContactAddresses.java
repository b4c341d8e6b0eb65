package org.zsyz.scorecard.contact;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.zsyz.scorecard.domain.ContactChannel;

/** The checks on an e-mail address and a robot webhook, in plain Java: each refusal says what and why. */
public final class ContactAddresses {

    static final int MAX_ADDRESS = 500;
    public static final int MAX_SECRET = 200;
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private ContactAddresses() {}

    /** The address trimmed, or a refusal saying it is not an e-mail address. */
    public static String email(String text) {
        String address = text == null ? "" : text.strip();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new ContactException("“" + text + "”不是电子邮件地址（应形如 name@example.gov.cn）");
        }
        return address;
    }

    /** The webhook as given, or a refusal: it must be an http(s) address with a host. */
    public static URI webhook(String text) {
        String address = text == null ? "" : text.strip();
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new ContactException("机器人地址“" + text + "”不是有效的网址：" + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ContactException("机器人地址“" + text + "”必须以 http:// 或 https:// 开头");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new ContactException("机器人地址“" + text + "”没有主机名");
        }
        if (address.length() > MAX_ADDRESS) {
            throw new ContactException("机器人地址超过 " + MAX_ADDRESS + " 个字符");
        }
        return uri;
    }

    /** 企业微信's robots live on qyapi.weixin.qq.com; every other webhook is taken for a 钉钉 / 政务钉钉 robot. */
    public static ContactChannel robotOf(URI webhook) {
        String host = webhook.getHost().toLowerCase(Locale.ROOT);
        return host.equals("qyapi.weixin.qq.com") || host.endsWith(".weixin.qq.com")
                ? ContactChannel.WECOM
                : ContactChannel.DINGTALK;
    }

    /**
     * Refuses a webhook that points at this machine's loopback, link-local or wildcard addresses (as the portal
     * must: a bureau account could otherwise make the server post to its own internal services).
     */
    public static void requirePublicHost(URI webhook) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(webhook.getHost());
        } catch (UnknownHostException e) {
            throw new ContactException("机器人地址的主机名“" + webhook.getHost() + "”无法解析");
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()) {
                throw new ContactException("机器人地址“" + webhook + "”指向本机或链路本地地址（" + address.getHostAddress()
                        + "），门户上不能设置；确需如此请由管理员用命令行 scorecard contact set 设置");
            }
        }
    }
}
