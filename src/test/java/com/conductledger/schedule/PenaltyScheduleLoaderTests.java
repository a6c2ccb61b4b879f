package com.conductledger.schedule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.conductledger.scoring.rules.RuleId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PenaltyScheduleLoaderTests {

	private static final Path SHIPPED = Path.of("jobs/penalty-schedule.yml");

	@Test
	void theShippedScheduleHoldsTheDefaultsOfRulesMd() throws IOException {
		PenaltySchedule schedule = load(Files.readString(SHIPPED));

		assertThat(schedule.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
		assertThat(schedule.cutoffDay().day()).isEqualTo(25);
		assertThat(schedule.rules().get("SW-EXCESS").points()).isEqualTo(5);
		assertThat(schedule.rules().get("ATT-ABSENT").points()).isEqualTo(10);
		assertThat(schedule.thresholds().handover()).isEqualTo(Duration.ofMinutes(10));
		assertThat(schedule.thresholds().nightLeaveDeadline()).isEqualTo(LocalTime.NOON);
		assertThat(schedule.thresholds().swapLimit()).isEqualTo(2);
		assertThat(schedule.qaForm()).extracting(QaItem::name)
			.containsExactly("greeting", "listening", "accuracy", "courtesy", "compliance", "closing");
		assertThat(schedule.qaForm().stream().map(QaItem::maximum).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("100");
		assertThat(schedule.conductCodes()).hasSize(18);
		assertThat(schedule.conductCodes().values()).filteredOn(ConductCode::fatal)
			.extracting(ConductCode::code)
			.containsExactlyInAnyOrder("C02", "C14", "C16");
	}

	@Test
	void aNegativeNumberIsRefusedNamingItsKey() throws IOException {
		String yaml = Files.readString(SHIPPED).replace("ATT-LATE:             { article: \"38\", points: 2 }",
				"ATT-LATE:             { article: \"38\", points: -2 }");

		assertThatThrownBy(() -> load(yaml)).isInstanceOf(ScheduleException.class)
			.hasMessage("penalty-schedule.yml: rules.ATT-LATE.points must not be negative, got -2");
	}

	@Test
	void aMissingThresholdIsRefusedNamingItsKey() throws IOException {
		String yaml = Files.readString(SHIPPED).replaceAll("(?m)^  swap-limit:.*$", "");

		assertThatThrownBy(() -> load(yaml)).hasMessage("penalty-schedule.yml: thresholds.swap-limit is missing");
	}

	@Test
	void aCentreChangingTheFormChangesTheItemsAndMaxima() throws IOException {
		String yaml = Files.readString(SHIPPED).replace("  closing: 10", "  closing: 5\n  empathy: 5");

		assertThat(load(yaml).qaItem("empathy")).hasValueSatisfying(item -> assertThat(item.maximum()).isEqualByComparingTo("5"));
	}

	@Test
	void anUnknownRuleIdIsRefusedNamingIt() throws IOException {
		String yaml = Files.readString(SHIPPED).replace("  ATT-LATE:", "  ATT-TARDY:");

		assertThatThrownBy(() -> loadChecked(yaml)).isInstanceOf(ScheduleException.class)
			.hasMessageStartingWith("penalty-schedule.yml: rules.ATT-TARDY is not a rule of the engine; known rules: ");
	}

	@Test
	void aRuleLeftOutIsRefusedNamingIt() throws IOException {
		String yaml = Files.readString(SHIPPED).replaceAll("(?m)^  BR-CONCURRENT:.*$", "");

		assertThatThrownBy(() -> loadChecked(yaml)).hasMessage("penalty-schedule.yml: rules.BR-CONCURRENT is missing");
	}

	@Test
	void theShippedScheduleNamesEveryRuleOfTheEngine() throws IOException {
		assertThat(loadChecked(Files.readString(SHIPPED)).rules().keySet())
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(RuleId.values()).map(RuleId::id).toList());
	}

	private static PenaltySchedule loadChecked(String yaml) {
		Set<String> ruleIds = Arrays.stream(RuleId.values()).map(RuleId::id).collect(Collectors.toSet());
		return new PenaltyScheduleLoader(ruleIds).load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
				"penalty-schedule.yml");
	}

	private static PenaltySchedule load(String yaml) {
		return new PenaltyScheduleLoader().load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
				"penalty-schedule.yml");
	}

}
