package org.zsyz.scorecard.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.contact.ContactException;
import org.zsyz.scorecard.contact.ContactService;
import org.zsyz.scorecard.notify.MessageOutbox;

/**
 * 通知: the bureau sets the units' and its own contacts — the same {@link ContactService} and checks as
 * {@code scorecard contact}, except that a robot may not point at this machine — and sees every message sent,
 * with its outcome.
 */
@Controller
@RequestMapping("/bureau/messages")
class BureauMessagesController {

    private static final Logger log = LoggerFactory.getLogger(BureauMessagesController.class);
    private static final int SHOWN = 200;

    private final ContactService contacts;
    private final MessageOutbox messages;
    private final PortalUnits units;
    private final PortalReturns returns;

    BureauMessagesController(
            ContactService contacts, MessageOutbox messages, PortalUnits units, PortalReturns returns) {
        this.contacts = contacts;
        this.messages = messages;
        this.units = units;
        this.returns = returns;
    }

    @GetMapping
    String page(Model model) {
        int year = returns.currentPeriod().getYear();
        model.addAttribute("contacts", contacts.list());
        model.addAttribute("units", units.of(year));
        model.addAttribute("unitNames", units.names(year));
        model.addAttribute("messages", messages.recent(null, SHOWN));
        return "bureau/messages";
    }

    @PostMapping("/contacts")
    String set(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String webhook,
            @RequestParam(required = false) String secret,
            RedirectAttributes redirect) {
        try {
            String code = ownerCode(owner);
            contacts.set(code, email, webhook, secret, ContactService.Origin.PORTAL);
            log.info("{} set contacts of {}", user.getUsername(), code);
            redirect.addFlashAttribute("notice", "已保存 " + ContactService.ownerLabel(code) + " 的联系人");
        } catch (ContactException e) {
            redirect.addFlashAttribute("problem", "未保存：" + e.getMessage());
        }
        return "redirect:/bureau/messages";
    }

    @PostMapping("/contacts/remove")
    String remove(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String address,
            RedirectAttributes redirect) {
        try {
            contacts.remove(owner, address);
            log.info("{} removed a contact of {}", user.getUsername(), owner);
            redirect.addFlashAttribute("notice", "已删除 " + ContactService.ownerLabel(owner) + " 的联系人 " + address);
        } catch (ContactException e) {
            redirect.addFlashAttribute("problem", "未删除：" + e.getMessage());
        }
        return "redirect:/bureau/messages";
    }

    private String ownerCode(String owner) {
        if (owner == null || owner.isBlank()) {
            throw new ContactException("请选择单位或商务局联系人");
        }
        return owner.startsWith("@") ? contacts.owner(null, owner.substring(1)) : contacts.owner(owner, null);
    }
}
