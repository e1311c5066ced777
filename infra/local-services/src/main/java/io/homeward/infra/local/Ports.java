package io.homeward.infra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Picks free ports for services that start later. All ports of one start are chosen
 * together and kept distinct, as a port that is free now stays free only until some
 * process binds it.
 */
final class Ports {

	private final Set<Integer> taken = new HashSet<>();

	/**
	 * {@code requested} itself when it is not 0, otherwise a free port not handed out
	 * before.
	 */
	synchronized int allocate(int requested) {
		if (requested != 0) {
			taken.add(requested);
			return requested;
		}
		for (int attempt = 0; attempt < 20; attempt++) {
			try (ServerSocket socket = new ServerSocket(0)) {
				int port = socket.getLocalPort();
				if (taken.add(port)) {
					return port;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		throw new IllegalStateException("No free port found");
	}

}
