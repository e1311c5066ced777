package io.homeward.platform.tenancy;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

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
	 * Async work started from a request keeps the request's tenant (Boot applies it to
	 * its executor).
	 */
	@Bean
	ContextPropagatingTaskDecorator contextPropagatingTaskDecorator() {
		return new ContextPropagatingTaskDecorator();
	}

}
