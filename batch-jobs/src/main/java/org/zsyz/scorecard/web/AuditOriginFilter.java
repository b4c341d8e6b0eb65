package org.zsyz.scorecard.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zsyz.scorecard.account.ClientAddress;
import org.zsyz.scorecard.audit.AuditActors;

/** Tells the audit trail where a request comes from: the client's address as the login throttle reads it. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditOriginFilter extends OncePerRequestFilter {

    private final ClientAddress addresses;

    AuditOriginFilter(ClientAddress addresses) {
        this.addresses = addresses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(AuditActors.ORIGIN_ATTRIBUTE, addresses.of(request));
        chain.doFilter(request, response);
    }
}
