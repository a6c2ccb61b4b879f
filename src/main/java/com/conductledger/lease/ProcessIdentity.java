package com.conductledger.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * Which process holds a lease or runs a job: host, pid and the process's start time (so that a
 * reused pid is not taken for the dead holder). Written {@code host/pid/startMillis}.
 */
public record ProcessIdentity(String host, long pid, long startMillis) {

	private static final ProcessIdentity CURRENT = of(ProcessHandle.current());

	public static ProcessIdentity current() {
		return CURRENT;
	}

	/** The identity written by {@link #toString()}, at the start of {@code text}; empty when it is none. */
	public static Optional<ProcessIdentity> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String first = text.strip().split("\\s+", 2)[0];
		String[] parts = first.split("/");
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			return Optional.of(new ProcessIdentity(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether this process is certainly gone: it ran on this host and no process of its pid and
	 * start time lives. A process on another host is never declared dead here (its lease runs out).
	 */
	public boolean isDeadOnThisHost() {
		if (!host.equals(CURRENT.host)) {
			return false;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		return process.isEmpty() || !process.get().isAlive()
				|| Math.abs(startOf(process.get()) - startMillis) > 1000;
	}

	@Override
	public String toString() {
		return host + "/" + pid + "/" + startMillis;
	}

	private static ProcessIdentity of(ProcessHandle process) {
		return new ProcessIdentity(hostName(), process.pid(), startOf(process));
	}

	private static long startOf(ProcessHandle process) {
		return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName().replace('/', '_').replace(' ', '_');
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
