package org.zsyz.scorecard.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zsyz.scorecard.account.PortalUser;

/** An upload over the limit: back to the page it came from, with the limit said in Chinese. */
@ControllerAdvice
class PortalErrors {

    private final org.springframework.core.env.Environment environment;

    PortalErrors(org.springframework.core.env.Environment environment) {
        this.environment = environment;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        String limit = environment.getProperty("scorecard.web.upload-limit", "20MB");
        redirect.addFlashAttribute("problem", "文件太大：网上报送的文件最大 " + limit
                + "。月报表通常只有几百 KB，请检查是否选错了文件，或删去无关的工作表和图片后再上传");
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean bureau = auth != null && auth.getPrincipal() instanceof PortalUser u && u.isBureau();
        return bureau ? "redirect:/bureau/targets" : "redirect:/county";
    }
}
