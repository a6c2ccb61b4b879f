package com.conductledger.web.admin;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.people.BulkAccounts;
import com.conductledger.security.LedgerRole;
import com.conductledger.security.UserAccounts;
import com.conductledger.security.UserView;

/** Administration as JSON: the job history and re-runs, the users, the schedule versions. */
@RestController
@RequestMapping("/api/admin")
class AdminApiController {

	private final JobHistory jobs;

	private final UserAccounts accounts;

	private final ScheduleUploads schedules;

	private final BulkAccounts bulk;

	AdminApiController(JobHistory jobs, UserAccounts accounts, ScheduleUploads schedules, BulkAccounts bulk) {
		this.jobs = jobs;
		this.accounts = accounts;
		this.schedules = schedules;
		this.bulk = bulk;
	}

	@GetMapping("/schedules")
	List<ScheduleVersionView> schedules() {
		return schedules.list();
	}

	/** Multipart {@code file}, optional {@code title} and {@code effectiveFrom}; a refusal is 400 naming the key or the FINAL period. */
	@PostMapping("/schedules")
	@ResponseStatus(HttpStatus.CREATED)
	ScheduleVersionView addSchedule(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String title, @RequestParam(required = false) String effectiveFrom,
			Authentication authentication) {
		return schedules.add(file, title, effectiveFrom, authentication.getName());
	}

	@GetMapping("/jobs")
	JobPage jobs(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return jobs.page(JobQuery.of(q, sort, dir, page, size));
	}

	@PostMapping("/jobs/{executionId}/restart")
	JobRow restart(@PathVariable long executionId) {
		return jobs.restart(executionId);
	}

	@GetMapping("/users")
	List<UserView> users() {
		return accounts.list();
	}

	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	UserView create(@RequestBody NewUser user) {
		return accounts.create(user.username(), user.displayName(), user.password(), user.roles(), user.personId());
	}

	/**
	 * One account for each person of agents.csv who has none, each with a one-time password that
	 * this answer shows once (the user must change it at the first login).
	 */
	@PostMapping("/users/bulk")
	@ResponseStatus(HttpStatus.CREATED)
	BulkAccounts.Result bulk() {
		return bulk.createForEveryone();
	}

	/** {@code {"roles": ["TEAM_LEAD"], "personId": "L01"}}: the user's roles and person, from their next login. */
	@PostMapping("/users/{username}/roles")
	UserView edit(@PathVariable String username, @RequestBody Access body, Authentication authentication) {
		return accounts.edit(username, body.roles(), body.personId(), authentication.getName());
	}

	@PostMapping("/users/{username}/password")
	UserView resetPassword(@PathVariable String username, @RequestBody NewPassword body) {
		return accounts.resetPassword(username, body.password());
	}

	@PostMapping("/users/{username}/disable")
	UserView disable(@PathVariable String username, Authentication authentication) {
		return accounts.disable(username, authentication.getName());
	}

	@PostMapping("/users/{username}/enable")
	UserView enable(@PathVariable String username) {
		return accounts.enable(username);
	}

	record NewUser(String username, String displayName, String password, Set<LedgerRole> roles, String personId) {
	}

	record Access(Set<LedgerRole> roles, String personId) {
	}

	record NewPassword(String password) {
	}

}
