package org.zsyz.scorecard.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zsyz.scorecard.account.AccountService;
import org.zsyz.scorecard.account.OwnPasswordChange;
import org.zsyz.scorecard.account.PortalProperties;
import org.zsyz.scorecard.account.PortalUser;

/**
 * 修改密码, for every signed-in account. A session that typed the current password wrong five times may not try
 * again (the login throttle does not see this form): sign out and in again.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    static final int MAX_WRONG = 5;
    private static final String WRONG = PasswordController.class.getName() + ".wrong";

    private final OwnPasswordChange change;
    private final PortalProperties settings;

    PasswordController(OwnPasswordChange change, PortalProperties settings) {
        this.change = change;
        this.settings = settings;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("minLength", settings.minPasswordLength());
        return "password";
    }

    @PostMapping
    String submit(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        Integer wrong = (Integer) session.getAttribute(WRONG);
        if (wrong != null && wrong >= MAX_WRONG) {
            model.addAttribute("problem", "当前密码已连续输错 " + MAX_WRONG + " 次，本次登录不能再修改密码。请退出后重新登录再试。");
            return form(model);
        }
        try {
            change.change(user.getUsername(), current.toCharArray(), password.toCharArray(), repeated.toCharArray());
        } catch (AccountService.AccountException e) {
            if (e.getMessage().startsWith("当前密码不正确")) {
                session.setAttribute(WRONG, wrong == null ? 1 : wrong + 1);
            }
            model.addAttribute("problem", e.getMessage());
            return form(model);
        }
        session.removeAttribute(WRONG);
        redirect.addFlashAttribute("notice", "密码已修改，下次登录请使用新密码。");
        return "redirect:" + (user.isBureau() ? "/bureau" : "/county");
    }
}
