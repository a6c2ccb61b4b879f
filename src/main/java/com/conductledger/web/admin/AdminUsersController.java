package com.conductledger.web.admin;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.conductledger.people.BulkAccounts;
import com.conductledger.security.LedgerRole;
import com.conductledger.security.UserAccountException;
import com.conductledger.security.UserAccounts;
import com.conductledger.security.UserView;

/**
 * {@code /admin/users}: create users with roles (and the person an AGENT or TEAM_LEAD is), create
 * every person's account in bulk with one-time passwords, edit roles and links, reset a password,
 * disable or enable a user.
 */
@Controller
class AdminUsersController {

	private static final String USERS = "redirect:/admin/users";

	private final UserAccounts accounts;

	private final BulkAccounts bulk;

	AdminUsersController(UserAccounts accounts, BulkAccounts bulk) {
		this.accounts = accounts;
		this.bulk = bulk;
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("users", accounts.list());
		model.addAttribute("roles", LedgerRole.values());
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String create(@RequestParam String username, @RequestParam(required = false) String displayName,
			@RequestParam String password, @RequestParam(required = false) Set<LedgerRole> roles,
			@RequestParam(required = false) String personId, RedirectAttributes redirect) {
		return change(redirect, () -> accounts.create(username, displayName, password, roles, personId),
				"已创建 created");
	}

	/** Creates the accounts and shows their one-time passwords on this answer only (never again, never stored in clear). */
	@PostMapping("/admin/users/bulk")
	String bulk(Model model) {
		model.addAttribute("result", bulk.createForEveryone());
		return "admin/bulk";
	}

	@PostMapping("/admin/users/{username}/roles")
	String edit(@PathVariable String username, @RequestParam(required = false) Set<LedgerRole> roles,
			@RequestParam(required = false) String personId, Authentication authentication,
			RedirectAttributes redirect) {
		return change(redirect, () -> accounts.edit(username, roles, personId, authentication.getName()),
				"已更新角色 roles and person saved for");
	}

	@PostMapping("/admin/users/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam String password, RedirectAttributes redirect) {
		return change(redirect, () -> accounts.resetPassword(username, password), "密码已重置 password reset for");
	}

	@PostMapping("/admin/users/{username}/disable")
	String disable(@PathVariable String username, Authentication authentication, RedirectAttributes redirect) {
		return change(redirect, () -> accounts.disable(username, authentication.getName()), "已停用 disabled");
	}

	@PostMapping("/admin/users/{username}/enable")
	String enable(@PathVariable String username, RedirectAttributes redirect) {
		return change(redirect, () -> accounts.enable(username), "已启用 enabled");
	}

	private static String change(RedirectAttributes redirect, java.util.function.Supplier<UserView> change, String done) {
		try {
			UserView user = change.get();
			redirect.addFlashAttribute("message", done + " " + user.username());
		}
		catch (UserAccountException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return USERS;
	}

}
