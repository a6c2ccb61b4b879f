package com.conductledger.security;

import java.util.Locale;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks users up in {@code app_user} for the login form. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	DatabaseUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AppUser user = users.findById(String.valueOf(username).trim().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return new LedgerUser(user,
				user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
	}

}
