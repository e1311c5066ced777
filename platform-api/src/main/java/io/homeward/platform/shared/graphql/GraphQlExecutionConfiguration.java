package io.homeward.platform.shared.graphql;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How operations execute: every data fetcher on the request's own thread, a query in one
 * read-only transaction, and instrumentations per request rather than per field.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlExecutionConfiguration {

	/**
	 * With virtual threads on, Boot hands controller methods the application executor,
	 * and Spring for GraphQL then runs every blocking one (each {@code @SchemaMapping},
	 * each batch loader) on a thread of its own, with a context snapshot taken and
	 * restored around it. Each such method here is a short read of rows already fetched
	 * or one batched query, so the hop costs more CPU than it saves, and it would take
	 * the method out of the operation's transaction. They run on the request thread
	 * instead.
	 */
	@Bean
	static BeanPostProcessor controllersOnTheRequestThread() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AnnotatedControllerConfigurer configurer) {
					configurer.setBlockingMethodPredicate((method) -> false);
				}
				return bean;
			}
		};
	}

	@Bean
	OperationTransactionInstrumentation operationTransaction(PlatformTransactionManager transactions,
			QueryAdmission admission, List<RowlessQueryFields> rowless) {
		return new OperationTransactionInstrumentation(transactions, admission, rowless);
	}

	/**
	 * As many queries at a time as the pool has connections, waiting as long as it would.
	 */
	@Bean
	QueryAdmission queryAdmission(DataSource dataSource) throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		return new QueryAdmission(pool.getMaximumPoolSize(), Duration.ofMillis(pool.getConnectionTimeout()));
	}

	/**
	 * The instrumentations, on the hooks of the request and its operation only: see
	 * {@link RequestInstrumentation}. Spring for GraphQL chains them all for every hook;
	 * its configurers run after it, so this chain replaces that one. Data-fetcher
	 * observations are left out this way: Boot's observation instrumentation times each
	 * request and each DataLoader batch, not each field, whose timers cost as much CPU as
	 * the query behind the page.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer requestInstrumentation(ObjectProvider<Instrumentation> instrumentations) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl
			.instrumentation(new RequestInstrumentation(instrumentations.orderedStream().toList())));
	}

}
