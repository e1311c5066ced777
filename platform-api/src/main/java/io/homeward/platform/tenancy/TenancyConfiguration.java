package io.homeward.platform.tenancy;

import java.net.URL;
import java.time.Clock;

import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

	/**
	 * Installs {@link TenantJpaDialect} on Boot's entity manager factory before it
	 * initializes; the JPA transaction manager takes its dialect from the factory.
	 */
	@Bean
	static BeanPostProcessor tenantJpaDialectInstaller() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof LocalContainerEntityManagerFactoryBean factory) {
					factory.setJpaDialect(new TenantJpaDialect());
				}
				return bean;
			}
		};
	}

	/**
	 * Wraps the decoder Boot builds from
	 * {@code spring.security.oauth2.resourceserver.jwt.*} so that a token validated once
	 * is not validated again while it lasts.
	 */
	@Bean
	static BeanPostProcessor cachingJwtDecoder() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder))
						? new CachingJwtDecoder(decoder, Clock.systemUTC()) : bean;
			}
		};
	}

	/**
	 * Tokens are verified with RS256 only, against the keys {@link TokenKeys} keeps: an
	 * HS256 token (its "secret" the public key, the algorithm-confusion attack) or one of
	 * any other algorithm finds no key. Boot's issuer and audience checks stay as its
	 * properties set them.
	 */
	@Bean
	JwkSetUriJwtDecoderBuilderCustomizer tokenKeys(
			@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") URL jwkSetUri, MeterRegistry meters) {
		JWSKeySelector<SecurityContext> keys = TokenKeys.selector(TokenKeys.source(jwkSetUri, meters));
		return (builder) -> builder.jwtProcessorCustomizer((processor) -> processor.setJWSKeySelector(keys));
	}

	/**
	 * Async work started from a request keeps the request's tenant (Boot applies it to
	 * its executor).
	 */
	@Bean
	ContextPropagatingTaskDecorator contextPropagatingTaskDecorator() {
		return new ContextPropagatingTaskDecorator();
	}

}
