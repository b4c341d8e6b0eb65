package org.zsyz.scorecard.web;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.format.FormatterRegistry;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.zsyz.scorecard.account.ClientAddress;
import org.zsyz.scorecard.account.LoginThrottle;

/**
 * The web portal (网上报送), added to the application by {@code scorecard serve} only. Every page needs a login
 * except the login page; {@code /county/**} is for county accounts, {@code /bureau/**} for the bureau. Spring
 * Security's defaults stay on: CSRF tokens on every form, session fixation protection, security headers.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(
        basePackages = "org.zsyz.scorecard.web",
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@EnableWebSecurity
public class PortalConfiguration implements WebMvcConfigurer {

    /** Every period a request carries is read by {@link PeriodConverter}. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new PeriodConverter());
    }

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, LoginThrottle throttle, ClientAddress addresses)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/portal.css", "/error")
                        .permitAll()
                        .requestMatchers("/county/**")
                        .hasRole("COUNTY")
                        .requestMatchers("/bureau/**")
                        .hasRole("BUREAU")
                        .anyRequest()
                        .authenticated())
                .authenticationManager(new ProviderManager(throttle))
                .formLogin(login -> login.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(loginFailure())
                        .authenticationDetailsSource(addresses::details))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'none'; object-src 'none'; form-action 'self'; "
                                        + "frame-ancestors 'none'; base-uri 'none'"))
                        // page addresses carry periods and submission ids: not for other sites
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Tells a throttled login apart from a wrong password, never which of user name or password was wrong. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String reason = exception instanceof LoginThrottle.AddressThrottledException
                    ? "address"
                    : exception instanceof LockedException ? "locked" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }
}
