package org.zsyz.scorecard.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address a login comes from, as the throttle counts it. Behind a reverse proxy every request comes from the
 * proxy, so one address would stand for the whole city: when the socket's peer is one of
 * {@code scorecard.web.trusted-proxies}, the client is read from {@code X-Forwarded-For} instead — its right-most
 * address that is not itself a trusted proxy (what the nearest trusted proxy saw; the entries left of it are
 * whatever the client chose to send). From any other peer the header is ignored, so it cannot be forged.
 */
@Component
public class ClientAddress {

    /** An IPv4 or IPv6 literal: the only thing handed to the matcher (which must never resolve a host name). */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<IpAddressMatcher> trusted;

    public ClientAddress(PortalProperties settings) {
        this.trusted = settings.trustedProxies().stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(ClientAddress::matcher)
                .toList();
    }

    private static IpAddressMatcher matcher(String proxy) {
        try {
            return new IpAddressMatcher(proxy);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "scorecard.web.trusted-proxies 中的 “" + proxy + "” 不是 IP 地址或网段（如 127.0.0.1、10.0.0.0/8、::1）", e);
        }
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> forwarded = request.getHeaders("X-Forwarded-For") == null
                ? List.of()
                : java.util.Collections.list(request.getHeaders("X-Forwarded-For")).stream()
                        .flatMap(h -> java.util.Arrays.stream(h.split(",")))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i);
            if (!isTrusted(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return forwarded.isEmpty() ? peer : forwarded.get(0);
    }

    /** Login details carrying the client's address (see {@link #of}) for {@link LoginThrottle}. */
    public WebAuthenticationDetails details(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return new WebAuthenticationDetails(of(request), session == null ? null : session.getId());
    }

    private boolean isTrusted(String address) {
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return false;
        }
        for (IpAddressMatcher m : trusted) {
            try {
                if (m.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                return false; // not an address at all
            }
        }
        return false;
    }
}
