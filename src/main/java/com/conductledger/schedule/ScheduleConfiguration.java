package com.conductledger.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import com.conductledger.scoring.rules.RuleId;

@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

	@Bean
	PenaltySchedule penaltySchedule(@Value("${ledger.schedule}") Resource location) throws IOException {
		if (!location.exists()) {
			throw new ScheduleException("penalty schedule not found: " + location.getDescription());
		}
		try (InputStream in = location.getInputStream()) {
			Set<String> ruleIds = Arrays.stream(RuleId.values()).map(RuleId::id).collect(Collectors.toSet());
			return new PenaltyScheduleLoader(ruleIds).load(in, location.getFilename());
		}
	}

}
