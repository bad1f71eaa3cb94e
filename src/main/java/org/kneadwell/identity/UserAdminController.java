package org.kneadwell.identity;

import java.util.UUID;

import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Users and invitations, for admins. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final AccountDirectory directory;
    private final Invitations invitations;
    private final AccountAdministration administration;
    private final InvitationAdministration pendingInvitations;

    UserAdminController(AccountDirectory directory, Invitations invitations, AccountAdministration administration,
            InvitationAdministration pendingInvitations) {
        this.pendingInvitations = pendingInvitations;
        this.directory = directory;
        this.invitations = invitations;
        this.administration = administration;
    }

    record InviteForm(@NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String displayName, @NotNull Role role) {
    }

    @GetMapping
    @RouteAccess(Audience.ADMIN)
    String list(Model model) {
        model.addAttribute("inviteForm", new InviteForm("", "", Role.THERAPIST));
        return page(model);
    }

    @PostMapping
    @RouteAccess(Audience.ADMIN)
    String invite(@Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser admin, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                invitations.invite(admin, form.email(), form.displayName(), form.role(), request.getRemoteAddr());
                redirect.addFlashAttribute("notice", "users.invited");
                return "redirect:/admin/users";
            } catch (Invitations.EmailTakenException taken) {
                errors.rejectValue("email", "invite.emailTaken");
            }
        }
        return page(model);
    }

    /** The confirm step before deactivating an account: who, and what deactivating does. Nothing changes here. */
    @GetMapping("/{id}/deactivate")
    @RouteAccess(Audience.ADMIN)
    String confirmDeactivate(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser admin, Model model) {
        return deactivation(admin, id, model);
    }

    /** Deactivates once confirmed on the page above; without the confirmation, asks for it first (changes nothing). */
    @PostMapping("/{id}/deactivate")
    @RouteAccess(Audience.ADMIN)
    String deactivate(@PathVariable UUID id, @RequestParam(name = "confirmed", required = false) String confirmed,
            @AuthenticationPrincipal CurrentUser admin, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirmed)) {
            return deactivation(admin, id, model);
        }
        try {
            administration.deactivate(admin, id, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "users.deactivated");
        } catch (IllegalArgumentException self) {
            redirect.addFlashAttribute("problem", self.getMessage());
        }
        return "redirect:/admin/users";
    }

    private String deactivation(CurrentUser admin, UUID id, Model model) {
        AccountSummary account = directory.find(id).orElseThrow(AccountAdministration.AccountNotFoundException::new);
        model.addAttribute("account", account);
        model.addAttribute("self", account.id() == admin.accountId());
        model.addAttribute("active", account.status() == AccountStatus.ACTIVE);
        return "identity/deactivate-confirm";
    }

    @PostMapping("/{id}/reactivate")
    @RouteAccess(Audience.ADMIN)
    String reactivate(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser admin, HttpServletRequest request,
            RedirectAttributes redirect) {
        administration.reactivate(admin, id, request.getRemoteAddr());
        redirect.addFlashAttribute("notice", "users.reactivated");
        return "redirect:/admin/users";
    }

    @GetMapping("/{invited}/resend")
    @RouteAccess(Audience.ADMIN)
    String confirmResend(@PathVariable("invited") UUID id, @AuthenticationPrincipal CurrentUser admin, Model model) {
        return confirmation(admin, id, "resend", model);
    }

    /** Sends a new invitation once confirmed on the page above; without the confirmation, asks for it first. */
    @PostMapping("/{invited}/resend")
    @RouteAccess(Audience.ADMIN)
    String resend(@PathVariable("invited") UUID id,
            @RequestParam(name = "confirmed", required = false) String confirmed,
            @AuthenticationPrincipal CurrentUser admin, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirmed)) {
            return confirmation(admin, id, "resend", model);
        }
        pendingInvitations.resend(admin, id, request.getRemoteAddr());
        redirect.addFlashAttribute("notice", "users.resent");
        return "redirect:/admin/users";
    }

    @GetMapping("/{invited}/revoke")
    @RouteAccess(Audience.ADMIN)
    String confirmRevoke(@PathVariable("invited") UUID id, @AuthenticationPrincipal CurrentUser admin, Model model) {
        return confirmation(admin, id, "revoke", model);
    }

    /** Revokes the invitation once confirmed on the page above; without the confirmation, asks for it first. */
    @PostMapping("/{invited}/revoke")
    @RouteAccess(Audience.ADMIN)
    String revoke(@PathVariable("invited") UUID id,
            @RequestParam(name = "confirmed", required = false) String confirmed,
            @AuthenticationPrincipal CurrentUser admin, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirmed)) {
            return confirmation(admin, id, "revoke", model);
        }
        pendingInvitations.revoke(admin, id, request.getRemoteAddr());
        redirect.addFlashAttribute("notice", "users.revoked");
        return "redirect:/admin/users";
    }

    private String confirmation(CurrentUser admin, UUID id, String step, Model model) {
        model.addAttribute("account", pendingInvitations.pending(admin, id));
        model.addAttribute("step", step);
        return "identity/invitation-confirm";
    }

    @ExceptionHandler(InvitationAdministration.NotPendingException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String noPendingInvitation() {
        return "error/404";
    }

    @ExceptionHandler(AccountAdministration.AccountNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String noSuchAccount() {
        return "error/404";
    }

    private String page(Model model) {
        model.addAttribute("accounts", directory.all());
        model.addAttribute("links", pendingInvitations.pendingLinkStates());
        model.addAttribute("roles", Role.values());
        return "identity/users";
    }
}
