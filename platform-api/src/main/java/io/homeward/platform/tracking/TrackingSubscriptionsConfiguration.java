package io.homeward.platform.tracking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * This instance's ear on {@link TrackingNotices#CHANNEL}: every notice, from whichever
 * instance, goes to this instance's subscriptions.
 */
@Configuration(proxyBeanMethods = false)
class TrackingSubscriptionsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TrackingSubscriptionsConfiguration.class);

	/**
	 * Notices are handed on in the listener's own thread, one after the other
	 * ({@link SyncTaskExecutor}): handing on only queues reads, and each subscriber then
	 * sees its updates in the order the notices came. A message that is not a notice is
	 * logged and dropped.
	 */
	@Bean
	RedisMessageListenerContainer trackingNoticeListener(RedisConnectionFactory redis,
			TrackingSubscriptions subscriptions, JsonMapper json) {
		RedisMessageListenerContainer container = new RedisMessageListenerContainer();
		container.setConnectionFactory(redis);
		container.setTaskExecutor(new SyncTaskExecutor());
		container.addMessageListener((message, pattern) -> {
			TrackingNotice notice;
			try {
				notice = json.readValue(message.getBody(), TrackingNotice.class);
			}
			catch (RuntimeException ex) {
				log.warn("A message on {} is not a tracking notice: dropped", TrackingNotices.CHANNEL);
				return;
			}
			subscriptions.deliver(notice);
		}, new ChannelTopic(TrackingNotices.CHANNEL));
		return container;
	}

}
