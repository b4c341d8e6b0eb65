package org.zsyz.scorecard.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.config.ScorecardProperties;

@Controller
class HomeController {

    private final ScorecardProperties settings;

    HomeController(ScorecardProperties settings) {
        this.settings = settings;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PortalUser user) {
        return user.isBureau() ? "redirect:/bureau" : "redirect:/county";
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            Model model) {
        model.addAttribute("city", settings.cityName());
        if (error != null) {
            model.addAttribute("error", switch (error) {
                case "locked" -> "该账号连续输错密码次数过多，已暂时锁定，请稍后再试（或请管理员重设密码）";
                case "address" -> "本机登录失败次数过多，请稍后再试";
                default -> "用户名或密码不正确";
            });
        }
        if (logout != null) {
            model.addAttribute("notice", "已退出登录");
        }
        return "login";
    }
}
