package com.conductledger.schedule;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

	@Bean
	PenaltySchedule penaltySchedule(@Value("${ledger.schedule}") Resource location) throws IOException {
		if (!location.exists()) {
			throw new ScheduleException("penalty schedule not found: " + location.getDescription());
		}
		try (InputStream in = location.getInputStream()) {
			return new PenaltyScheduleLoader().load(in, location.getFilename());
		}
	}

}
