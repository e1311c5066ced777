package io.homeward.platform.pricing;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lettuce must fail fast while Redis is away: by default it queues commands while
 * disconnected and replays them on reconnect, so callers hang until the command timeout
 * (60 s unless set). Here commands are rejected at once while disconnected, connecting
 * and each command are bounded by short timeouts, and reconnection goes on in the
 * background.
 */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

	@Bean
	LettuceClientConfigurationBuilderCustomizer failFastRedis() {
		return (builder) -> builder.clientOptions(ClientOptions.builder()
			.autoReconnect(true)
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.socketOptions(SocketOptions.builder().connectTimeout(Duration.ofMillis(500)).build())
			.timeoutOptions(TimeoutOptions.enabled(Duration.ofMillis(500)))
			.build());
	}

}
