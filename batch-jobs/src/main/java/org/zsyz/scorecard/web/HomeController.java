package org.zsyz.scorecard.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zsyz.scorecard.account.PortalProperties;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.config.ScorecardProperties;

@Controller
class HomeController {

    private final ScorecardProperties settings;
    private final PortalProperties portal;

    HomeController(ScorecardProperties settings, PortalProperties portal) {
        this.settings = settings;
        this.portal = portal;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PortalUser user) {
        return user.isBureau() ? "redirect:/bureau" : "redirect:/county";
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("city", settings.cityName());
        if (error != null) {
            model.addAttribute(
                    "error",
                    switch (error) {
                        // the same words whether or not the user name has an account
                        case "locked" -> "该用户名连续登录失败次数过多，已暂时锁定 " + span(portal.loginLockTime()) + "，请到时再试（或请商务局重设密码）";
                        case "address" -> "本机登录失败次数过多，已暂停登录，请 " + span(portal.addressWindow()) + "后再试";
                        default -> "用户名或密码不正确";
                    });
        }
        if (logout != null) {
            model.addAttribute("notice", "已退出登录");
        }
        return "login";
    }

    /** 15 分钟, 1 小时, 1 小时 30 分钟; under a minute, seconds. */
    static String span(java.time.Duration d) {
        if (d.toMinutes() == 0) {
            return d.toSeconds() + " 秒";
        }
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        return (hours > 0 ? hours + " 小时" : "")
                + (hours > 0 && minutes > 0 ? " " : "")
                + (minutes > 0 ? minutes + " 分钟" : "");
    }
}
