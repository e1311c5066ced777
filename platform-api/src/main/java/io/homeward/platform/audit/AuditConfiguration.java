package io.homeward.platform.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit's instrumentation, declared here rather than scanned: GraphQL slice tests
 * take every scanned instrumentation, and this one needs the log, which they do not have.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditInstrumentation auditInstrumentation(AuditLog audit) {
		return new AuditInstrumentation(audit);
	}

}
