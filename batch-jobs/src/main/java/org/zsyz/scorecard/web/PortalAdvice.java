package org.zsyz.scorecard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.returns.ReturnTemplateService;

/**
 * What every portal page shares: the signed-in user in the model (the header shows it), and the answers to
 * requests the controllers cannot serve — a period that is not a year-month, a unit the template knows nothing
 * of. Error pages of Spring Boot itself ({@code /error}) are outside, as before.
 */
@ControllerAdvice(basePackageClasses = PortalAdvice.class)
class PortalAdvice {

    private final CountyPeriods countyPeriods;
    private final CountyPage countyPage;
    private final PortalReturns returns;

    PortalAdvice(CountyPeriods countyPeriods, CountyPage countyPage, PortalReturns returns) {
        this.countyPeriods = countyPeriods;
        this.countyPage = countyPage;
        this.returns = returns;
    }

    @ModelAttribute("user")
    PortalUser user(@AuthenticationPrincipal PortalUser user) {
        return user;
    }

    /**
     * A period that is not a year-month (only a hand-edited address has one: every form offers a list). A page
     * shows its default period and says why; a download of such a period does not exist (404).
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformedPeriod(
            MethodArgumentTypeMismatchException e,
            @AuthenticationPrincipal PortalUser user,
            HttpServletRequest request,
            HttpServletResponse response)
            throws Exception {
        if (e.getRequiredType() != YearMonth.class) {
            throw e; // not a period: Spring's own answer (400)
        }
        RequestParam param = e.getParameter().getParameterAnnotation(RequestParam.class);
        if (param == null || param.required()) {
            return notFound(response);
        }
        String text = String.valueOf(e.getValue());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return switch (path) {
            case "/county" -> county(user, "problem", countyPeriods.malformed(text));
            case "/county/upload" ->
                county(user, "verdict", PortalReturns.Verdict.problem("这份文件没有报送。" + countyPeriods.malformed(text)));
            case "/county/template" ->
                redirect(
                        request,
                        "/county?period=" + returns.currentPeriod(),
                        "没有生成模板。" + countyPeriods.malformed(text));
            case "/bureau/runs" -> redirect(request, path, "请选择月份");
            case "/bureau/upload" ->
                "POST".equals(request.getMethod())
                        ? redirect(request, path, "请选择报告期（最近 12 个月之一）")
                        : redirect(request, withoutPeriod(request, path), malformed(text));
            // the page's own default period, as for no period at all
            default -> redirect(request, withoutPeriod(request, path), malformed(text));
        };
    }

    /** {@code ?period=} with nothing that must name one (a download's period): no such file. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingPeriod(MissingServletRequestParameterException e, HttpServletResponse response)
            throws Exception {
        if (!e.isMissingAfterConversion()) {
            throw e;
        }
        return notFound(response);
    }

    /** A template for a unit no year lists: like any other thing a user may not see. */
    @ExceptionHandler(ReturnTemplateService.UnknownUnitException.class)
    ModelAndView unknownUnit(HttpServletResponse response) throws IOException {
        return notFound(response);
    }

    private String malformed(String text) {
        return PeriodConverter.malformed(text, returns.currentPeriod());
    }

    private ModelAndView county(PortalUser user, String name, Object message) {
        ModelAndView page = new ModelAndView("county");
        page.addObject("user", user);
        page.addObject(name, message);
        page.addAllObjects(countyPage.of(user, returns.currentPeriod()));
        return page;
    }

    private static ModelAndView redirect(HttpServletRequest request, String to, String problem) {
        if (problem != null) {
            RequestContextUtils.getOutputFlashMap(request).put("problem", problem);
        }
        return new ModelAndView("redirect:" + to);
    }

    private static String withoutPeriod(HttpServletRequest request, String path) {
        return UriComponentsBuilder.fromPath(path)
                .query(request.getQueryString())
                .replaceQueryParam("period")
                .build()
                .toUriString();
    }

    /** The same answer as {@link Downloads#notFound()}: the 404 page. */
    private static ModelAndView notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
        return new ModelAndView();
    }
}
