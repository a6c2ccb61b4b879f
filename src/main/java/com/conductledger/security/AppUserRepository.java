package com.conductledger.security;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, String> {

	List<AppUser> findAllByOrderByUsername();

	List<AppUser> findByPersonId(String personId);

}
