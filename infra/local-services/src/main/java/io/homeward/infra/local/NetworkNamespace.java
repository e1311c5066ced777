package io.homeward.infra.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A network namespace of its own with one veth link to this one, made with Debian's
 * iproute2 ({@code ip netns}, {@code ip link}, {@code tc}); for a test that puts a server
 * behind a link it can slow down. Needs root, as making namespaces does.
 * <p>
 * This machine's kernel has no {@code netem} queueing discipline (adding one answers
 * "Specified qdisc kind is unknown"), so the link is slowed with a token bucket
 * ({@code tbf}): a rate limit with a queue long enough to drop nothing, so every byte
 * past the burst waits its turn, and a query's latency grows with what it sends and with
 * what the others send at the same time, as on a congested or distant link.
 */
public final class NetworkNamespace implements AutoCloseable {

	private final String name;

	private final String hostSide;

	private final String peerSide;

	private final String prefix;

	private NetworkNamespace(String name, String hostSide, String peerSide, String prefix) {
		this.name = name;
		this.hostSide = hostSide;
		this.peerSide = peerSide;
		this.prefix = prefix;
	}

	/** A new namespace, linked to this one by a /30 of 10.231.0.0/16. */
	public static NetworkNamespace create() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String id = Integer.toHexString(0x1000 + random.nextInt(0xefff));
		String prefix = "10.231." + random.nextInt(256) + ".";
		NetworkNamespace namespace = new NetworkNamespace("homeward-" + id, "hw" + id + "h", "hw" + id + "n", prefix);
		try {
			namespace.ip("netns", "add", namespace.name);
			namespace.ip("link", "add", namespace.hostSide, "type", "veth", "peer", "name", namespace.peerSide);
			namespace.ip("link", "set", namespace.peerSide, "netns", namespace.name);
			namespace.ip("addr", "add", namespace.hostAddress() + "/30", "dev", namespace.hostSide);
			namespace.ip("link", "set", namespace.hostSide, "up");
			namespace.inside("ip", "addr", "add", namespace.peerAddress() + "/30", "dev", namespace.peerSide);
			namespace.inside("ip", "link", "set", namespace.peerSide, "up");
			namespace.inside("ip", "link", "set", "lo", "up");
			return namespace;
		}
		catch (RuntimeException ex) {
			namespace.close();
			throw ex;
		}
	}

	public String name() {
		return name;
	}

	/** This side's address on the link. */
	public String hostAddress() {
		return prefix + "1";
	}

	/** The namespace's address on the link. */
	public String peerAddress() {
		return prefix + "2";
	}

	/** The link's network, in CIDR. */
	public String network() {
		return prefix + "0/30";
	}

	/**
	 * Limits both directions of the link to {@code kilobitsPerSecond}; a queue of up to a
	 * minute's worth of traffic holds the rest.
	 */
	public void slowTo(int kilobitsPerSecond) {
		List<String> tbf = List.of("root", "tbf", "rate", kilobitsPerSecond + "kbit", "burst", "16kb", "latency",
				"60s");
		run(concat(List.of("tc", "qdisc", "replace", "dev", hostSide), tbf));
		run(concat(List.of("ip", "netns", "exec", name, "tc", "qdisc", "replace", "dev", peerSide), tbf));
	}

	/** The link at full speed again. */
	public void restore() {
		run(List.of("tc", "qdisc", "del", "dev", hostSide, "root"));
		run(List.of("ip", "netns", "exec", name, "tc", "qdisc", "del", "dev", peerSide, "root"));
	}

	private void ip(String... arguments) {
		run(concat(List.of("ip"), List.of(arguments)));
	}

	private void inside(String... arguments) {
		run(concat(List.of("ip", "netns", "exec", name), List.of(arguments)));
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

	private static void run(List<String> command) {
		StandalonePostgres.run(command);
	}

	/**
	 * Removes the namespace, and with it the link (a veth pair goes with either end).
	 * Removing one that was never made, when {@link #create} failed before, is no error.
	 */
	@Override
	public void close() {
		if (Files.exists(Path.of("/run/netns", name))) {
			run(List.of("ip", "netns", "del", name));
		}
	}

}
